import { describe, expect, it } from 'vitest'
import { isReachable, placeWindow, readWindowState, stateToSave, type WindowState } from './window-placement'

// Work areas as Electron reports them: a 1920×1080 laptop panel with a 40 px taskbar, and a 2560×1440
// monitor to its right, its top 200 px lower.
const LAPTOP = { x: 0, y: 0, width: 1920, height: 1040 }
const MONITOR = { x: 1920, y: 200, width: 2560, height: 1440 }
const SMALL = { x: 0, y: 0, width: 1366, height: 728 }

const state = (bounds: WindowState['bounds'], flags: Partial<WindowState> = {}): WindowState => ({
  bounds,
  maximized: false,
  fullScreen: false,
  ...flags,
})

describe('readWindowState', () => {
  it('reads what the app wrote', () => {
    const bounds = { x: 100, y: 80, width: 1200, height: 760 }
    expect(readWindowState({ bounds, maximized: true, fullScreen: false })).toEqual(state(bounds, { maximized: true }))
  })

  it('treats a first run, an old file with bounds only, and malformed values as absent', () => {
    expect(readWindowState({})).toEqual(state(null))
    expect(readWindowState({ bounds: { x: 5, y: 5, width: 900, height: 600 } })).toEqual(
      state({ x: 5, y: 5, width: 900, height: 600 }),
    )
    expect(readWindowState({ bounds: { x: '5', y: 5, width: 900, height: 600 }, maximized: 'yes' })).toEqual(
      state(null),
    )
    expect(readWindowState({ bounds: { x: 0, y: 0, width: 0, height: 600 }, fullScreen: 1 })).toEqual(state(null))
    expect(readWindowState({ bounds: { x: 0, y: 0, width: Infinity, height: 600 } }).bounds).toBeNull()
  })
})

describe('placeWindow', () => {
  it('opens at the default size, centred by the system, on a first run', () => {
    expect(placeWindow(state(null), [LAPTOP])).toEqual({
      bounds: { width: 1280, height: 800 },
      maximized: false,
      fullScreen: false,
    })
  })

  it('keeps saved bounds that are on a display, including on a secondary one', () => {
    const onLaptop = { x: 120, y: 60, width: 1100, height: 700 }
    expect(placeWindow(state(onLaptop), [LAPTOP, MONITOR]).bounds).toEqual(onLaptop)
    const onMonitor = { x: 2400, y: 400, width: 1600, height: 1000 }
    expect(placeWindow(state(onMonitor), [LAPTOP, MONITOR]).bounds).toEqual(onMonitor)
  })

  it('keeps a window partly off screen while its title bar can still be grabbed', () => {
    const hangingOffRight = { x: 1500, y: 300, width: 1000, height: 700 }
    expect(placeWindow(state(hangingOffRight), [LAPTOP]).bounds).toEqual(hangingOffRight)
  })

  it('brings a window from a monitor that is gone back onto the nearest display, centred', () => {
    const onMonitor = { x: 2400, y: 400, width: 1600, height: 1000 }
    const placed = placeWindow(state(onMonitor, { maximized: true }), [LAPTOP])
    expect(placed.bounds).toEqual({ x: 160, y: 20, width: 1600, height: 1000 })
    expect(isReachable(placed.bounds as typeof onMonitor, [LAPTOP])).toBe(true)
    expect(placed.maximized).toBe(true)
  })

  it('brings back a window whose title bar is above every display or only a sliver on one', () => {
    const aboveTop = { x: 200, y: -700, width: 1000, height: 720 }
    expect(isReachable(aboveTop, [LAPTOP])).toBe(false)
    expect(placeWindow(state(aboveTop), [LAPTOP]).bounds).toEqual({ x: 460, y: 160, width: 1000, height: 720 })
    const sliverAtLeft = { x: -950, y: 100, width: 1000, height: 700 }
    expect(isReachable(sliverAtLeft, [LAPTOP])).toBe(false)
    expect(isReachable({ ...sliverAtLeft, x: -880 }, [LAPTOP])).toBe(true)
  })

  it('shrinks a window saved on a larger screen into a smaller one, never below the minimum size', () => {
    const big = { x: 0, y: 0, width: 2400, height: 1400 }
    expect(placeWindow(state(big), [SMALL]).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 })
    const tiny = { x: 0, y: 0, width: 600, height: 300 }
    expect(placeWindow(state(tiny), [SMALL]).bounds).toEqual({ x: 0, y: 0, width: 720, height: 480 })
  })

  it('keeps full screen and maximized with the normal bounds to return to', () => {
    const normal = { x: 300, y: 200, width: 1000, height: 650 }
    expect(placeWindow(state(normal, { fullScreen: true }), [LAPTOP])).toEqual({
      bounds: normal,
      maximized: false,
      fullScreen: true,
    })
  })
})

describe('stateToSave', () => {
  const before = state({ x: 100, y: 100, width: 1200, height: 760 })
  const now = { normalBounds: { x: 140, y: 90, width: 1300, height: 820 }, minimized: false }

  it('remembers the normal bounds and the maximized flag together', () => {
    expect(stateToSave(before, { ...now, maximized: true, fullScreen: false })).toEqual(
      state(now.normalBounds, { maximized: true }),
    )
    expect(stateToSave(before, { ...now, maximized: false, fullScreen: false })).toEqual(state(now.normalBounds))
  })

  it('keeps the last normal bounds and flags while full screen or minimized', () => {
    const maximized = { ...before, maximized: true }
    expect(stateToSave(maximized, { ...now, maximized: false, fullScreen: true })).toEqual({
      ...maximized,
      fullScreen: true,
    })
    const minimized = { normalBounds: { x: -32000, y: -32000, width: 160, height: 28 }, minimized: true }
    expect(stateToSave(maximized, { ...minimized, maximized: false, fullScreen: false })).toEqual(maximized)
  })
})
