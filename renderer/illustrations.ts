// Each technique's picture, bundled from assets/techniques by Vite and loaded as an <img>.
const urls = import.meta.glob<string>('../assets/techniques/*.svg', { eager: true, query: '?url', import: 'default' });

/** The bundled URL of a technique's illustration, if it has one. */
export const illustrationFor = (id: string): string | undefined => urls[`../assets/techniques/${id}.svg`];
