declare namespace App {
  interface Locals {
    /** Set by the concept page before its MDX renders, so <Quiz /> and <KeyTerms /> know their page. */
    conceptSlug?: string;
  }
}
