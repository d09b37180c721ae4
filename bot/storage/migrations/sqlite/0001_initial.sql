-- 1: users, sessions, reminders, pain log, feedback, unanswered and confirmed questions, counters
CREATE TABLE users (
    user_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, first_seen REAL NOT NULL,
    tz TEXT, usual_routine TEXT);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    routine_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'finished', 'stopped')),
    step INTEGER NOT NULL DEFAULT 0 CHECK (step >= 0), due_at REAL, paused_remaining REAL,
    started_at REAL NOT NULL, ended_at REAL, score INTEGER CHECK (score BETWEEN 0 AND 10));
CREATE UNIQUE INDEX sessions_one_active ON sessions(chat_id) WHERE status IN ('running', 'paused');
CREATE INDEX sessions_user ON sessions(user_id, started_at);
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    days TEXT NOT NULL, time TEXT NOT NULL, tz TEXT NOT NULL, routine_id TEXT,
    created_at REAL NOT NULL, last_fired_at REAL);
CREATE INDEX reminders_chat ON reminders(chat_id);
CREATE TABLE pain_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    chat_id INTEGER NOT NULL, at REAL NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    note TEXT, source TEXT NOT NULL CHECK (source IN ('log', 'session')));
CREATE INDEX pain_log_user ON pain_log(user_id, at);
CREATE TABLE feedback (id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)), at REAL NOT NULL);
CREATE TABLE unanswered (id INTEGER PRIMARY KEY, text TEXT NOT NULL, score REAL NOT NULL, at REAL NOT NULL);
CREATE TABLE confirmed (id INTEGER PRIMARY KEY, text TEXT NOT NULL, entry_id TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
