import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Full Noto Sans SC TrueType fonts from the npm package (the @fontsource packages ship only web slices).
 * pdfkit embeds only the glyphs a document uses, so a page of Chinese stays small.
 */
export const PDF_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;
