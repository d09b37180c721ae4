-- 2: the database becomes the only schedule (claims with a lease on sessions and reminders),
--    conversation context (prompts), the pain-duration answer, and handled update ids.
ALTER TABLE sessions ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN claim_owner TEXT;
ALTER TABLE sessions ADD COLUMN claimed_until REAL;
CREATE INDEX sessions_due ON sessions(due_at) WHERE status = 'running';
ALTER TABLE reminders ADD COLUMN next_due_at REAL;
ALTER TABLE reminders ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN claim_owner TEXT;
ALTER TABLE reminders ADD COLUMN claimed_until REAL;
CREATE INDEX reminders_due ON reminders(next_due_at);
CREATE INDEX reminders_user ON reminders(user_id);
ALTER TABLE users ADD COLUMN pain_duration TEXT;
CREATE TABLE prompts (
    id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind TEXT NOT NULL, data TEXT NOT NULL, created_at REAL NOT NULL);
CREATE UNIQUE INDEX prompts_one_per_kind ON prompts(chat_id, user_id, kind);
CREATE TABLE handled_updates (update_id INTEGER PRIMARY KEY, at REAL NOT NULL);
