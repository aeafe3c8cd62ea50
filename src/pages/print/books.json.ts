import type { APIRoute } from 'astro';
import { getGuide } from '../../data/guide.ts';
import { bookSpecs } from '../../data/books.ts';

// The books to print, in order, for the PDF step (src/integrations/pdf-books.ts) to read from the built site.
export const GET: APIRoute = async () => Response.json(bookSpecs(await getGuide()));
