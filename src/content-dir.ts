/**
 * Where the content lives: `content/` unless GUIDE_CONTENT_DIR names another folder
 * (tests build deliberately broken copies without touching the real content).
 */
export const contentDir: string = process.env['GUIDE_CONTENT_DIR'] || './content';
