/** What a reader gets behind an attachment link, told from its `mime_type`. */
export type AttachmentKind = 'article' | 'pdf' | 'document' | 'video' | 'audio' | 'slides' | 'demo' | 'image' | 'file';

const DOCUMENTS = new Set([
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/rtf',
  'text/plain',
  'text/markdown',
]);

const SLIDES = new Set([
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.presentation',
]);

/**
 * JSON Feed has no field for "this page is a live demo", so a feed says it with a MIME parameter:
 * `text/html; kind=demo`. Any other web page is an article.
 */
export function attachmentKind(mimeType: string): AttachmentKind {
  const [essence = '', ...parameters] = mimeType.toLowerCase().split(';').map((part) => part.trim());
  if (essence === 'text/html' || essence === 'application/xhtml+xml') {
    return parameters.includes('kind=demo') ? 'demo' : 'article';
  }
  if (essence === 'application/pdf') return 'pdf';
  if (DOCUMENTS.has(essence)) return 'document';
  if (SLIDES.has(essence)) return 'slides';
  const type = essence.split('/')[0];
  if (type === 'video' || type === 'audio' || type === 'image') return type;
  return 'file';
}
