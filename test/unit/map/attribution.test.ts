import { describe, expect, it } from 'vitest';
import { attributionText } from '../../../src/components/map/attribution.js';

describe('attributionText', () => {
  it('turns a basemap credit written in HTML into the text a reader sees', () => {
    expect(attributionText('<a href="https://www.openstreetmap.org/copyright" target="_blank">&copy; OpenStreetMap</a> contributors')).toBe('© OpenStreetMap contributors');
    expect(attributionText('<a href="https://openmaptiles.org/">&#169; OpenMapTiles</a>&nbsp;&amp; friends')).toBe('© OpenMapTiles & friends');
    expect(attributionText('&#x00A9; Esri')).toBe('© Esri');
  });

  it('keeps markup out: what is left is text, for a text binding', () => {
    expect(attributionText('<img src=x onerror=alert(1)>Tiles <script>x</script>')).toBe('Tiles x');
    expect(attributionText('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>'); // shown as characters, never parsed
    expect(attributionText('&unknown; &#0;')).toBe('&unknown; &#0;');
  });
});
