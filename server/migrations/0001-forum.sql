-- The forum: threads, their posts, the members who may post without moderation, and the answers to idempotent
-- requests. Text only: no column holds HTML.

create table threads (
  id text primary key,
  title text not null,
  -- The feed item the discussion is about, or null for a general one.
  project text,
  closed boolean not null default false,
  -- A thread a visitor starts waits for a moderator, as their posts do.
  status text not null check (status in ('published', 'pending', 'rejected')),
  created timestamptz not null default now(),
  -- Of its last published post: the list of threads is newest activity first.
  last_post timestamptz not null default now(),
  published_posts integer not null default 0
);

create index threads_activity on threads (last_post desc, id desc) where status = 'published';

create index threads_project on threads (project, last_post desc, id desc) where status = 'published';

create table members (
  -- The SHA-256 of the bearer token (hex): the token itself is never stored.
  token_hash text primary key,
  name text not null,
  council text,
  role text not null check (role in ('member', 'moderator')),
  created timestamptz not null default now()
);

create table posts (
  -- Order of arrival: what the thread's cursor counts in.
  seq bigint generated always as identity unique,
  id text primary key,
  thread_id text not null references threads (id),
  author_name text not null,
  author_council text,
  member text references members (token_hash),
  text text not null,
  reply_to text references posts (id),
  status text not null check (status in ('published', 'pending', 'rejected')),
  created timestamptz not null default now(),
  moderated timestamptz
);

create index posts_thread on posts (thread_id, seq) where status = 'published';

create index posts_queue on posts (seq) where status = 'pending';

create table idempotent_answers (
  -- The client's Idempotency-Key, with the method and path it was sent to.
  key text primary key,
  -- A digest of the request body: the same key with another body is refused, not answered with the first.
  request text not null,
  status integer not null,
  body jsonb not null,
  created timestamptz not null default now()
);

create index idempotent_answers_age on idempotent_answers (created);
