/** Chart colours, each at least 3:1 against white (WCAG 1.4.11); the tables beside the charts carry the same numbers in words. */
export const FIGURE_COLOURS = {
  good: '#1b6e3a',
  neutral: '#1d4e89',
  bad: '#a3001b',
  amber: '#8a5a00',
  grey: '#4a4f55',
};
