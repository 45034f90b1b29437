import type { Rectangle } from 'electron';

/** The size of the break window. */
export const BREAK_WINDOW_SIZE = { width: 440, height: 600 };

/** Centres a window of `size` in a display's work area, shrinking it to fit small screens. */
export const centreIn = (workArea: Rectangle, size = BREAK_WINDOW_SIZE): Rectangle => {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
};
