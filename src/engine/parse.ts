import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parses a page into mdast, once. CommonMark without extensions: links inside GFM table rows
 * still parse as links, and no built-in rule needs the GFM constructs (tables, autolink
 * literals, footnotes), which nearly double the parse time. YAML front matter (a `---` line
 * first on the page, up to the next `---` line) is a `yaml` node, not a thematic break and a
 * setext heading: it costs nothing measurable (the check runs only at the start of the page).
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
