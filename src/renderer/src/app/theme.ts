import { createTheme } from '@mantine/core';

/**
 * Fonts installed with the OS or fonts-thai-tlwg: nothing is fetched. Thai vowels and tone
 * marks stack above and below the line, so text gets more line height than Latin needs.
 */
const FONT_STACK =
  '"Sarabun", "TH Sarabun New", "Noto Sans Thai", "Noto Sans Thai UI", "Leelawadee UI", "Tahoma", "Loma", "Garuda", "Tlwgtypo", system-ui, sans-serif';

export const theme = createTheme({
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  lineHeights: { xs: '1.5', sm: '1.6', md: '1.65', lg: '1.65', xl: '1.65' },
});
