/** Real DTM API v2 Iraq admin-1 record (dtm-data.md §1.5), shared by the data tests. */
export const IRAQ_ADMIN1_RECORD = {
  id: 1010,
  operation: 'Iraq conflict',
  admin0Name: 'Iraq',
  admin0Pcode: 'IRQ',
  admin1Name: 'Ninewa',
  admin1Pcode: 'IRQ-G15',
  numPresentIdpInd: 229120,
  reportingDate: '2024-04-30T00:00:00',
  yearReportingDate: 2024,
  monthReportingDate: 4,
  roundNumber: 132,
  assessmentType: 'BA',
} as const;
