import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();

/**
 * Parses a page into mdast, once. CommonMark without extensions: links inside GFM table rows
 * still parse as links, and no built-in rule needs the GFM constructs (tables, autolink
 * literals, footnotes), which nearly double the parse time.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
