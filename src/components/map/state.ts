/**
 * The map's state: from the observations, the options and the map's area codes to what the map
 * shows (the date, the figure of each area or point, and one class scale that the SVG fill, the
 * WebGL layers and the legend all use). No pixels, no DOM, no locale: layout.ts places it and
 * render.ts draws it. Problems with the options come back as warnings, for the element to say.
 * Pure.
 */
import type { Observation } from '../../data/pipeline.js';
import { classBreaks, classOf, readThresholds, type ClassScale } from './classes.js';
import { classColours } from './colours.js';
import { joinAreas, joinPoints, pickDate } from './join.js';

export interface MapStateOptions {
  /** The `at` attribute: `latest` or an ISO date prefix. */
  readonly at: string | undefined;
  /** Figures at points (`lat-field`/`lon-field`) rather than by area. */
  readonly points: boolean;
  readonly scale: ClassScale;
  /** The `classes` attribute as read (may be out of range or not a number: then warned). */
  readonly classes: number | undefined;
  /** The `classes` attribute as written, for the warning. */
  readonly classesText?: string | undefined;
  readonly thresholds: string | undefined;
  readonly palette: string | undefined;
}

/** The colour classes: the breaks between them, their colours, and the colour of a figure. */
export interface MapClasses {
  readonly breaks: readonly number[];
  readonly colours: readonly string[];
  /** The class colour of a figure; undefined for no data. */
  colourOf(value: number | undefined): string | undefined;
}

export interface MapState {
  /** The reporting date shown (undefined: undated data, or none). */
  readonly date: string | undefined;
  /** Figure by area code, or by point key in points mode; missing means no data, never zero. */
  readonly values: ReadonlyMap<string, number>;
  /** Points mode: each point's [lon, lat] and the name the data gives it. */
  readonly points?: {
    readonly at: ReadonlyMap<string, readonly [number, number]>;
    readonly names: ReadonlyMap<string, string>;
  };
  readonly classes: MapClasses;
  /** Areas with rows of their own and of their parts at the date (each shown by its own row). */
  readonly mixed: readonly string[];
  /** What the options got wrong, in the words of the console note. */
  readonly warnings: readonly string[];
}

/** The map's state at one date. */
export function mapState(observations: readonly Observation[], areaCodes: ReadonlySet<string>, options: MapStateOptions): MapState {
  const date = pickDate(observations, options.at);
  const warnings: string[] = [];
  if (options.points) {
    const joined = joinPoints(observations, date);
    // points are sized, not classed (and natural breaks cost n²)
    const classes = readClasses([], options, warnings);
    return { date, values: joined.values, points: { at: joined.points, names: joined.names }, classes, mixed: [], warnings };
  }
  const joined = joinAreas(observations, areaCodes, date);
  if (joined.mixed.length) {
    warnings.push(`rows for ${joined.mixed.slice(0, 5).join(', ')} and for their parts (districts) at one date: each area's own row is shown, its parts are not added to it; filter the data to one level.`);
  }
  const classes = readClasses([...joined.values.values()], options, warnings);
  return { date, values: joined.values, classes, mixed: joined.mixed, warnings };
}

/** The class scale for `values`, from the scale, classes, thresholds and palette options. */
export function readClasses(values: readonly number[], options: MapStateOptions, warnings: string[]): MapClasses {
  const thresholds = readThresholds(options.thresholds);
  if (thresholds.invalid.length) warnings.push(`thresholds: ${thresholds.invalid.map((t) => `"${t}"`).join(', ')} is not a number; write breaks as 1000, 10000, 100000.`);
  if (thresholds.values.some((v, i) => i > 0 && v <= thresholds.values[i - 1]!)) {
    warnings.push(`thresholds="${options.thresholds}" do not increase: separate the breaks with a comma and a space (1,000, 10,000) or with semicolons.`);
  }
  if (options.scale === 'threshold' && thresholds.values.length === 0) warnings.push('scale="threshold" needs thresholds, e.g. thresholds="1000, 10000, 100000"; the map has one class.');
  const asked = options.classes;
  const count = asked !== undefined && Number.isFinite(asked) ? asked : 5;
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 2 && asked <= 9)) {
    const drawn = Number.isFinite(asked) ? Math.max(2, Math.min(9, Math.round(asked))) : 5;
    warnings.push(`classes="${options.classesText ?? asked}" is not a whole number from 2 to 9; ${drawn} classes are drawn.`);
  }
  const breaks = classBreaks(values, options.scale, count, thresholds.values);
  const palette = classColours(options.palette, breaks.length + 1);
  if (palette.invalid.length) warnings.push(`palette: ${palette.invalid.join(', ')} is not a palette name or a list of two or more allowed colours (#rgb, #rrggbb, rgb(r, g, b)); the default palette is used.`);
  const colours = palette.colours;
  return { breaks, colours, colourOf: (v) => (v === undefined ? undefined : colours[classOf(v, breaks)]) };
}

/** Rows whose area is not on the map (all dates), for the "rows not shown" count. */
export function countNotOnMap(observations: readonly Observation[], onMap: (o: Observation) => boolean): number {
  let n = 0;
  for (const o of observations) if (!onMap(o)) n++;
  return n;
}
