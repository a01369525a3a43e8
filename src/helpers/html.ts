import { Parser } from 'htmlparser2';

export interface HtmlTag {
  /** lower-case tag name */
  name: string;
  attributes: Record<string, string>;
  /** offset of the tag's `<` in the parsed string */
  offset: number;
}

/**
 * The opening tags in a fragment of raw HTML, with their attributes decoded, found by a real HTML
 * tokenizer (comments, scripts and attribute values containing `>` are handled as browsers do).
 */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  if (!html.includes('<')) return tags;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes, offset: parser.startIndex });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}

export interface HtmlComment {
  text: string;
  offset: number;
}

/** The comments in a fragment of raw HTML, with their offsets. */
export function htmlComments(html: string): HtmlComment[] {
  const comments: HtmlComment[] = [];
  if (!html.includes('<!--')) return comments;
  const parser = new Parser({
    oncomment(text) {
      comments.push({ text, offset: parser.startIndex });
    },
  });
  parser.write(html);
  parser.end();
  return comments;
}
