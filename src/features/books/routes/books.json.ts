import type { APIRoute } from 'astro';
import { getGuide } from '../../../guide/load-guide.ts';
import { bookSpecs } from '../books.ts';

// The books to print, in order, for the PDF step (src/features/books/pdf/pdf-books.ts) to read from the built site.
export const GET: APIRoute = async () => Response.json(bookSpecs(await getGuide()));
