// Where the window opens and what of it is remembered: pure decisions (no Electron), so they are tested
// in Node. window.json may be old, hand-edited, or written on a screen that is no longer attached.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface Size {
  width: number
  height: number
}

/** What window.json keeps: the normal (unmaximized) bounds, and whether the window was maximized or full screen. */
export interface WindowState {
  bounds: Rect | null
  maximized: boolean
  fullScreen: boolean
}

/** Where to open the window: no x and y means "let the system centre it". */
export interface Placement {
  bounds: Size & Partial<Pick<Rect, 'x' | 'y'>>
  maximized: boolean
  fullScreen: boolean
}

/** The window at a moment, as Electron reports it. */
export interface WindowSnapshot {
  normalBounds: Rect
  maximized: boolean
  fullScreen: boolean
  minimized: boolean
}

export const DEFAULT_SIZE: Size = { width: 1280, height: 800 }
export const MIN_SIZE: Size = { width: 720, height: 480 }
/** The top strip of the window that must lie on a display for the window to count as on screen. */
const TITLE_STRIP = 32
/** How much of that strip must be on one display: enough to grab and drag the window. */
const GRAB = { width: 100, height: 20 }

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function readRect(value: unknown): Rect | null {
  if (typeof value !== 'object' || value === null) return null
  const { x, y, width, height } = value as Record<string, unknown>
  if (!isNumber(x) || !isNumber(y) || !isNumber(width) || !isNumber(height)) return null
  if (width <= 0 || height <= 0) return null
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }
}

/** Reads window.json's keys; anything malformed is as if it were absent. */
export function readWindowState(stored: { bounds?: unknown; maximized?: unknown; fullScreen?: unknown }): WindowState {
  return {
    bounds: readRect(stored.bounds),
    maximized: stored.maximized === true,
    fullScreen: stored.fullScreen === true,
  }
}

function overlap(a: Rect, b: Rect): Size {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

/** True when enough of the window's title strip is on one display to grab it. */
export function isReachable(bounds: Rect, workAreas: Rect[]): boolean {
  const strip = { ...bounds, height: Math.min(bounds.height, TITLE_STRIP) }
  return workAreas.some((area) => {
    const o = overlap(strip, area)
    return o.width >= Math.min(GRAB.width, bounds.width) && o.height >= Math.min(GRAB.height, strip.height)
  })
}

function distance(bounds: Rect, area: Rect): number {
  const cx = bounds.x + bounds.width / 2
  const cy = bounds.y + bounds.height / 2
  const dx = Math.max(area.x - cx, 0, cx - (area.x + area.width))
  const dy = Math.max(area.y - cy, 0, cy - (area.y + area.height))
  return Math.hypot(dx, dy)
}

function fit(size: Size, area: Rect, min: Size): Size {
  return {
    width: Math.max(min.width, Math.min(size.width, area.width)),
    height: Math.max(min.height, Math.min(size.height, area.height)),
  }
}

/**
 * Where to open the window, given what was saved and the displays' work areas (primary first). The saved
 * bounds are kept while the window can be grabbed where it is; larger than its display, it is shrunk
 * into it; off every display, it is centred on the nearest one.
 */
export function placeWindow(
  state: WindowState,
  workAreas: Rect[],
  size: Size = DEFAULT_SIZE,
  min: Size = MIN_SIZE,
): Placement {
  const flags = { maximized: state.maximized, fullScreen: state.fullScreen }
  const saved = state.bounds
  if (!saved) return { bounds: { ...size }, ...flags }
  const wanted = { width: Math.max(min.width, saved.width), height: Math.max(min.height, saved.height) }
  const nearest = [...workAreas].sort((a, b) => distance(saved, a) - distance(saved, b))[0]
  if (!nearest) return { bounds: wanted, ...flags }

  const bounds = { ...saved, ...wanted }
  if (isReachable(bounds, workAreas)) {
    if (bounds.width <= nearest.width && bounds.height <= nearest.height) return { bounds, ...flags }
    const shrunk = fit(bounds, nearest, min)
    return { bounds: { ...shrunk, ...clampInto({ ...bounds, ...shrunk }, nearest) }, ...flags }
  }
  const moved = fit(wanted, nearest, min)
  return {
    bounds: {
      ...moved,
      x: nearest.x + Math.round((nearest.width - moved.width) / 2),
      y: nearest.y + Math.round((nearest.height - moved.height) / 2),
    },
    ...flags,
  }
}

function clampInto(bounds: Rect, area: Rect): Pick<Rect, 'x' | 'y'> {
  return {
    x: Math.min(Math.max(bounds.x, area.x), Math.max(area.x, area.x + area.width - bounds.width)),
    y: Math.min(Math.max(bounds.y, area.y), Math.max(area.y, area.y + area.height - bounds.height)),
  }
}

/**
 * What to remember of the window now. The bounds are always the normal ones; while minimized or full
 * screen the platform's report of them is unreliable, so the last good state is kept instead.
 */
export function stateToSave(previous: WindowState, now: WindowSnapshot): WindowState {
  if (now.minimized) return previous
  if (now.fullScreen) return { ...previous, fullScreen: true }
  return { bounds: readRect(now.normalBounds) ?? previous.bounds, maximized: now.maximized, fullScreen: false }
}
