/**
 * The forum API as an OpenAPI 3.1 document, served at `{api}/openapi.json`: what another back end (a council's own,
 * an adapter in front of Discourse or Decidim) implements to serve <dc-forum-thread>. It follows docs/forum-api.md.
 */
import { LIMITS } from './limits.mjs';

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema, description) => ({ description, content: { 'application/json': { schema } } });
const errors = (description) => json(ref('Errors'), description);
const cursor = { name: 'after', in: 'query', required: false, description: 'The `next` cursor of the previous page.', schema: { type: 'string' } };
const limit = (fallback) => ({
  name: 'limit',
  in: 'query',
  required: false,
  description: `How many per page (default ${fallback}).`,
  schema: { type: 'integer', minimum: 1, maximum: LIMITS.pageMax, default: fallback },
});
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'Made by the client for each draft (a UUID). Sent again, however late (the answer is kept as long as the post exists), it returns the first answer and creates nothing, whatever body comes with it (there is no error for a key already used).',
  schema: { type: 'string', minLength: 8, maxLength: 255 },
};
const writeAnswers = (created) => ({
  201: created,
  400: errors('Bad input: each field with why (empty or over-long text, a missing name, …), in the server’s words, which a client shows at the field named. The lengths in the schemas are this server’s: the contract leaves them to each back end, and a client learns them from these reasons.'),
  401: errors('A bearer token that is not valid.'),
  403: errors('The discussion is closed, or the page’s origin may not post.'),
  413: errors('The request body is too large.'),
  415: errors('The body is not JSON.'),
  429: { ...errors('Too many posts from this client.'), headers: { 'Retry-After': { description: 'How long to wait: this server sends seconds; RFC 9110 also allows an HTTP date, and 0 means now.', schema: { type: 'string' } } } },
});
const moderator = [{ bearer: [] }];

/** @returns {object} */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'DigiCanvis forum API',
      version: '1.0.0',
      description:
        'The discussions of the DigiCanvis observatory: threads about projects of the feed, and their posts. JSON in and out, UTF-8, text only (no HTML). Reading is open to any origin; posting is allowed from the origins the server lists.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '.', description: 'Relative to this document: the API base the feed names in `_digicanvis.forum.api`.' }],
    paths: {
      '/threads': {
        get: {
          operationId: 'listThreads',
          summary: 'Discussions, newest activity first',
          parameters: [{ name: 'project', in: 'query', required: false, description: 'Only the discussions of this feed item.', schema: { type: 'string' } }, cursor, limit(LIMITS.pageDefault.threads)],
          responses: { 200: json({ type: 'object', required: ['threads', 'next'], properties: { threads: { type: 'array', items: ref('ThreadSummary') }, next: ref('Cursor') } }, 'A page of discussions.'), 400: errors('A bad cursor or limit.') },
        },
        post: {
          operationId: 'startThread',
          summary: 'Start a discussion',
          description: 'Pending until a moderator approves it, unless a verified member (bearer token) starts it. `website` is a honeypot, as for a post: filled, the request is answered as pending, before any other check, and discarded.',
          security: [{}, { bearer: [] }],
          parameters: [idempotencyKey],
          requestBody: { required: true, content: { 'application/json': { schema: ref('NewThread') } } },
          responses: writeAnswers(json({ type: 'object', required: ['thread', 'post', 'status'], properties: { thread: ref('Thread'), post: ref('Post'), status: ref('Status') } }, 'Started (or the first answer to this Idempotency-Key).')),
        },
      },
      '/threads/{threadId}': {
        get: {
          operationId: 'readThread',
          summary: 'A discussion and its posts, oldest first',
          parameters: [{ name: 'threadId', in: 'path', required: true, schema: { type: 'string' } }, cursor, limit(LIMITS.pageDefault.posts)],
          responses: {
            200: json({ type: 'object', required: ['thread', 'posts', 'next'], properties: { thread: ref('Thread'), posts: { type: 'array', items: ref('Post') }, next: ref('Cursor') } }, 'A page of posts.'),
            400: errors('A bad cursor or limit.'),
            404: errors('No such discussion (or it awaits moderation).'),
          },
        },
      },
      '/threads/{threadId}/posts': {
        post: {
          operationId: 'post',
          summary: 'Post to a discussion',
          description: 'Pending until a moderator approves it, unless a verified member (bearer token) posts it. `website` is a honeypot: a post that fills it is answered as pending and discarded, before any other check (validation, Idempotency-Key, rate limit, the discussion itself).',
          security: [{}, { bearer: [] }],
          parameters: [{ name: 'threadId', in: 'path', required: true, schema: { type: 'string' } }, idempotencyKey],
          requestBody: { required: true, content: { 'application/json': { schema: ref('NewPost') } } },
          responses: { ...writeAnswers(json({ type: 'object', required: ['post', 'status'], properties: { post: ref('Post'), status: ref('Status') } }, 'Posted (or the first answer to this Idempotency-Key).')), 404: errors('No such discussion.') },
        },
      },
      '/moderation/queue': {
        get: {
          operationId: 'moderationQueue',
          summary: 'Posts awaiting moderation, oldest first',
          security: moderator,
          parameters: [limit(LIMITS.pageDefault.posts)],
          responses: {
            200: json({ type: 'object', required: ['posts'], properties: { posts: { type: 'array', items: { allOf: [ref('Post'), { type: 'object', properties: { thread: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, status: ref('Status') } } } }] } } } }, 'The queue.'),
            401: errors('No moderator token.'),
            403: errors('A member’s token, not a moderator’s.'),
          },
        },
      },
      '/moderation/posts/{postId}/approve': { post: moderation('approve', 'Publish a pending post (and the discussion it starts).') },
      '/moderation/posts/{postId}/reject': { post: moderation('reject', 'Reject a pending post (and the discussion it starts).') },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A verified member’s or a moderator’s token.' } },
      schemas: {
        Cursor: { type: ['string', 'null'], description: 'Pass as `after` for the next page; null on the last.' },
        Status: { type: 'string', enum: ['published', 'pending', 'rejected'] },
        Thread: { type: 'object', required: ['id', 'title', 'project', 'closed'], properties: { id: { type: 'string' }, title: { type: 'string' }, project: { type: ['string', 'null'], description: 'The id of the feed item discussed.' }, closed: { type: 'boolean' } } },
        ThreadSummary: {
          allOf: [ref('Thread'), { type: 'object', required: ['posts', 'last_post'], properties: { posts: { type: 'integer', minimum: 0 }, last_post: { type: 'string', format: 'date-time' } } }],
        },
        Post: {
          type: 'object',
          required: ['id', 'author', 'created', 'text', 'reply_to'],
          properties: {
            id: { type: 'string' },
            author: { type: 'object', required: ['name', 'council'], properties: { name: { type: 'string' }, council: { type: ['string', 'null'], description: 'A council id of the feed.' } } },
            created: { type: 'string', format: 'date-time' },
            text: { type: 'string', description: 'Plain text: show it as text, never as HTML.' },
            reply_to: { type: ['string', 'null'], description: 'The id of the post this answers.' },
          },
        },
        NewPost: {
          type: 'object',
          required: ['text', 'author_name'],
          properties: {
            text: { type: 'string', minLength: 1, maxLength: LIMITS.text },
            author_name: { type: 'string', maxLength: LIMITS.authorName, description: 'The name to sign the post with. A verified member’s post (bearer token) is signed with the member’s own name: this server then ignores it, and does not refuse a member’s post without it.' },
            reply_to: { type: 'string' },
            website: { type: 'string', description: 'Leave empty: a honeypot for robots.' },
          },
        },
        NewThread: {
          allOf: [ref('NewPost'), { type: 'object', required: ['title'], properties: { title: { type: 'string', minLength: LIMITS.title.min, maxLength: LIMITS.title.max }, project: { type: 'string', maxLength: LIMITS.project } } }],
        },
        Errors: { type: 'object', required: ['errors'], properties: { errors: { type: 'object', additionalProperties: { type: 'string' }, description: 'Why, by field or topic.' } } },
      },
    },
  };
}

function moderation(action, summary) {
  return {
    operationId: `${action}Post`,
    summary,
    security: moderator,
    parameters: [{ name: 'postId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: {
      200: json({ type: 'object', required: ['post', 'status'], properties: { post: ref('Post'), status: ref('Status') } }, 'Done.'),
      401: errors('No moderator token.'),
      403: errors('A member’s token, not a moderator’s.'),
      404: errors('No such post.'),
      409: errors('The post is not pending any more.'),
    },
  };
}
