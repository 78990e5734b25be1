-- An answer is kept as long as the post it made, not a week: a client keeps an unsent draft's Idempotency-Key for as
-- long as the draft (a visitor back months later presses Try again), and that key must still get the first answer,
-- never a second post. Each answer names its post and goes only with it. (A honeypot's decoy answer is not stored.)

alter table idempotent_answers add column post_id text references posts (id) on delete cascade;

update idempotent_answers set post_id = body->'post'->>'id' where exists (select 1 from posts where posts.id = idempotent_answers.body->'post'->>'id');

delete from idempotent_answers where post_id is null;

alter table idempotent_answers alter column post_id set not null;

create index idempotent_answers_post on idempotent_answers (post_id);

drop index idempotent_answers_age;
