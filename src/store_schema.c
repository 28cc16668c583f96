/*
 * store_schema.c - the database schema and its forward migrations.
 *
 * SUMMARY
 *	migrations[i] takes a database from user_version i to i+1.  They run
 *	in order, each in its own transaction together with the user_version
 *	bump, so a crash mid-upgrade leaves the previous version intact.  A
 *	database newer than MP_SCHEMA_VERSION is refused: an old binary must
 *	not write into tables it does not understand.  A read-only connection
 *	never migrates; it refuses an older schema instead.
 *
 * LAYOUT (version 1)
 *	accounts, account_domains: the CRM import plus auto-created accounts.
 *	account_arr_history: ARR per import, for later GRR/NRR.
 *	contacts: one row per address ever seen that is a person.
 *	threads, message_ids: thread identity; message_ids maps every message
 *	  id ever seen or referenced (ghosts) to its thread, so a late parent
 *	  joins the thread its children already made.
 *	messages (+ messages_fts, external-content FTS5 kept by triggers),
 *	participants, attachments.
 *
 * LAYOUT (version 2: signals)
 *	messages gain automated (mp_automated_kind_name: none, auto_reply,
 *	  out_of_office, bounce ...), forwarded, new_text and signature (what
 *	  newtext.c split off; the FTS keeps indexing subject + full text) and
 *	  ooo_return (an out-of-office's first day back).
 *	bounces: one row per failed recipient of a delivery report.
 *	signals: phrase-rule hits with their evidence sentence.
 *	contact_events: new_stakeholder (one per contact, its first message),
 *	  title_change, departed, replaced_by (other_contact_id: the successor),
 *	  bounced.  contact_titles: every title a contact's signature showed,
 *	  with when (contacts.title is the latest).
 *	replies (a view): each human reply across the company boundary with
 *	  the message it answers and the latency; computed from parent links at
 *	  query time, so a parent that arrives late is counted as soon as it is
 *	  stored.  Contact status (active, silent, left, replaced) is derived at
 *	  query time as of a date, never stored.
 *	Messages stored under version 1 keep automated = 'none' and no new
 *	text: the upgrade does not re-read the archive.
 *
 * LAYOUT (version 3: digests)
 *	digests: one row per digest sent (AM, as-of day, Message-ID, how,
 *	  how many new items it carried).
 * LAYOUT (version 4: analysis, src/analyze_*.c)
 *	snapshots: one row per account and day: health and its six
 *	  components (NULL: not judged), so the trend is known.
 *	alerts: the alert ledger; id is the stable idempotency key
 *	  "<account>/<kind>/<first day>[/<subject>]"; first_raised, last_seen
 *	  (last day the condition held), last_sent with the severity and
 *	  magnitude sent, resolved.  detail holds the evidence (customer text:
 *	  whatever forgets a contact's mail must forget it here too).
 *	snoozes: an account's alerts hidden until a day.
 * LAYOUT (version 5: feedback, src/store_feedback.c)
 *	feedback_key: the installation's secret that tags the digest's
 *	  Useful/Wrong links (random, made here, one row).
 *	feedback: the AMs' verdicts (useful, wrong), one per alert and AM,
 *	  with the alert's account, kind and evidence key, so a judged-wrong
 *	  alert is never raised again for the same evidence.
 * LAYOUT (version 6: hosted mail, src/journal.c, src/store_hosted.c)
 *	journal_reports: one row per journal report or routing copy received
 *	  (kind exchange or google, the report's own Message-ID and sender,
 *	  the original's Message-ID, outcome stored / duplicate / skipped /
 *	  failed and why): `mailpulse status` counts them.
 *	journal_recipients: the envelope of a journaled message as its reports
 *	  gave it, the union of all of them: each recipient with the field
 *	  it came in (to, cc, bcc, recipient), the group it was expanded from
 *	  and the addressee it was forwarded from.
 *	imap_mailboxes: how far `ingest imaps://` got in each mailbox
 *	  ("user@host/folder"): UIDVALIDITY and the last UID stored.
 * LAYOUT (version 7: time zones)
 *	messages gain date_offset: the Date header's zone in minutes east of
 *	  UTC (NULL without a Date), so a wait is counted in the writer's own
 *	  business hours.  Older rows keep NULL (counted in UTC).
 */
#include "store_internal.h"
#include "status.h"

static const char *const migrations[] = {
	/* 0 -> 1: the foundation */
	"CREATE TABLE accounts ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  owner TEXT,"
	"  arr REAL NOT NULL DEFAULT 0,"
	"  renewal_date TEXT,"
	"  segment TEXT,"
	"  origin TEXT NOT NULL DEFAULT 'import' CHECK (origin IN ('import', 'auto')),"
	"  created_at INTEGER NOT NULL,"
	"  updated_at INTEGER NOT NULL);"
	"CREATE TABLE account_domains ("
	"  domain TEXT PRIMARY KEY,"
	"  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE"
	") WITHOUT ROWID;"
	"CREATE INDEX account_domains_account ON account_domains(account_id);"
	"CREATE TABLE account_arr_history ("
	"  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
	"  recorded_at INTEGER NOT NULL,"
	"  arr REAL NOT NULL);"
	"CREATE INDEX account_arr_history_account ON account_arr_history(account_id, recorded_at);"
	"CREATE TABLE contacts ("
	"  id INTEGER PRIMARY KEY,"
	"  address TEXT NOT NULL UNIQUE,"
	"  name TEXT,"
	"  name_score INTEGER NOT NULL DEFAULT 0,"
	"  domain TEXT NOT NULL,"
	"  registrable TEXT NOT NULL,"
	"  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
	"  internal INTEGER NOT NULL,"
	"  first_seen INTEGER,"
	"  last_seen INTEGER,"
	"  sent_count INTEGER NOT NULL DEFAULT 0,"
	"  received_count INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX contacts_account ON contacts(account_id);"
	"CREATE INDEX contacts_registrable ON contacts(registrable);"
	"CREATE TABLE threads ("
	"  id INTEGER PRIMARY KEY,"
	"  subject TEXT,"
	"  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
	"  first_date INTEGER,"
	"  last_date INTEGER,"
	"  message_count INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX threads_account ON threads(account_id);"
	"CREATE TABLE message_ids ("
	"  message_id TEXT PRIMARY KEY,"
	"  thread_id INTEGER NOT NULL REFERENCES threads(id)"
	") WITHOUT ROWID;"
	"CREATE INDEX message_ids_thread ON message_ids(thread_id);"
	"CREATE TABLE messages ("
	"  id INTEGER PRIMARY KEY,"
	"  dedup_key TEXT NOT NULL UNIQUE,"
	"  message_id TEXT NOT NULL,"
	"  parent_id TEXT,"
	"  thread_id INTEGER NOT NULL REFERENCES threads(id),"
	"  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
	"  customer_domain TEXT,"
	"  direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),"
	"  date INTEGER,"
	"  date_source TEXT NOT NULL,"
	"  header_date INTEGER,"
	"  received_at INTEGER,"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  from_address TEXT,"
	"  size INTEGER NOT NULL,"
	"  truncated INTEGER NOT NULL DEFAULT 0,"
	"  origin TEXT,"
	"  queue_id TEXT,"
	"  stored_at INTEGER NOT NULL,"
	"  text TEXT NOT NULL DEFAULT '');"
	"CREATE INDEX messages_message_id ON messages(message_id);"
	"CREATE INDEX messages_account_date ON messages(account_id, date);"
	"CREATE INDEX messages_thread ON messages(thread_id, date);"
	"CREATE INDEX messages_date ON messages(date);"
	"CREATE INDEX messages_orphan_domain ON messages(customer_domain) WHERE account_id IS NULL;"
	"CREATE TABLE participants ("
	"  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
	"  role TEXT NOT NULL CHECK (role IN ('from', 'to', 'cc', 'bcc')),"
	"  address TEXT NOT NULL,"
	"  name TEXT,"
	"  contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
	"  internal INTEGER NOT NULL,"
	"  robot INTEGER NOT NULL,"
	"  PRIMARY KEY (message_id, role, address)"
	") WITHOUT ROWID;"
	"CREATE INDEX participants_contact ON participants(contact_id);"
	"CREATE INDEX participants_address ON participants(address);"
	"CREATE TABLE attachments ("
	"  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
	"  filename TEXT,"
	"  content_type TEXT NOT NULL,"
	"  size INTEGER NOT NULL);"
	"CREATE INDEX attachments_message ON attachments(message_id);"
	"CREATE VIRTUAL TABLE messages_fts USING fts5("
	"  subject, text, content='messages', content_rowid='id',"
	"  tokenize='unicode61 remove_diacritics 2');"
	"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
	"  INSERT INTO messages_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text);"
	" END;"
	"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
	"  INSERT INTO messages_fts(messages_fts, rowid, subject, text)"
	"    VALUES ('delete', old.id, old.subject, old.text);"
	" END;"
	"CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, text ON messages BEGIN"
	"  INSERT INTO messages_fts(messages_fts, rowid, subject, text)"
	"    VALUES ('delete', old.id, old.subject, old.text);"
	"  INSERT INTO messages_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text);"
	" END;",

	/* 1 -> 2: signals, automated mail, contact events (see LAYOUT) */
	"ALTER TABLE messages ADD COLUMN automated TEXT NOT NULL DEFAULT 'none';"
	"ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE messages ADD COLUMN new_text TEXT;"
	"ALTER TABLE messages ADD COLUMN signature TEXT;"
	"ALTER TABLE messages ADD COLUMN ooo_return INTEGER;"
	"CREATE INDEX messages_parent ON messages(parent_id) WHERE parent_id IS NOT NULL;"
	"CREATE INDEX threads_subject ON threads(subject COLLATE NOCASE, last_date);"
	"ALTER TABLE contacts ADD COLUMN title TEXT;"
	"CREATE TABLE bounces ("
	"  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
	"  recipient TEXT NOT NULL,"
	"  contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
	"  status TEXT,"
	"  action TEXT NOT NULL,"
	"  permanent INTEGER NOT NULL,"
	"  mailbox_gone INTEGER NOT NULL,"
	"  diagnostic TEXT,"
	"  PRIMARY KEY (message_id, recipient)"
	") WITHOUT ROWID;"
	"CREATE INDEX bounces_recipient ON bounces(recipient);"
	"CREATE TABLE signals ("
	"  id INTEGER PRIMARY KEY,"
	"  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
	"  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
	"  contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
	"  side TEXT NOT NULL CHECK (side IN ('customer', 'us')),"
	"  category TEXT NOT NULL,"
	"  rule TEXT NOT NULL,"
	"  label TEXT,"
	"  weight REAL NOT NULL DEFAULT 0,"
	"  evidence TEXT NOT NULL,"
	"  due_date TEXT,"
	"  date INTEGER,"
	"  UNIQUE (message_id, rule));"
	"CREATE INDEX signals_account_date ON signals(account_id, date);"
	"CREATE INDEX signals_date ON signals(date);"
	"CREATE TABLE contact_events ("
	"  id INTEGER PRIMARY KEY,"
	"  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
	"  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('new_stakeholder', 'title_change', 'departed',"
	"    'replaced_by', 'bounced')),"
	"  date INTEGER,"
	"  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
	"  detail TEXT,"
	"  other_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
	"  UNIQUE (contact_id, kind, message_id));"
	"CREATE UNIQUE INDEX contact_events_arrival ON contact_events(contact_id)"
	"  WHERE kind = 'new_stakeholder';"
	"CREATE INDEX contact_events_account_date ON contact_events(account_id, date);"
	"CREATE INDEX contact_events_message ON contact_events(message_id);"
	"CREATE TABLE contact_titles ("
	"  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
	"  title TEXT NOT NULL COLLATE NOCASE,"
	"  first_seen INTEGER NOT NULL,"
	"  last_seen INTEGER NOT NULL,"
	"  message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
	"  PRIMARY KEY (contact_id, title)"
	") WITHOUT ROWID;"
	/* A reply across the company boundary and what it answers: the
	 * definition of reply latency (docs/signals.md). */
	"CREATE VIEW replies AS"
	" SELECT r.id AS reply_id, p.id AS parent_id, r.account_id AS account_id,"
	"  r.thread_id AS thread_id, r.direction AS direction, r.date AS reply_date,"
	"  p.date AS parent_date, r.date - p.date AS latency"
	" FROM messages r JOIN messages p"
	"  ON p.id = (SELECT min(id) FROM messages WHERE message_id = r.parent_id)"
	" WHERE r.automated = 'none' AND p.automated = 'none' AND r.forwarded = 0"
	"  AND r.direction <> p.direction AND r.date >= p.date;",

	/* 2 -> 3: digests sent, so a second run the same day sends nothing
	 * (store_digest.c); which alerts were sent is analysis's ledger */
	"CREATE TABLE digests ("
	"  id INTEGER PRIMARY KEY,"
	"  am TEXT NOT NULL COLLATE NOCASE,"
	"  day TEXT NOT NULL,"
	"  sent_at INTEGER NOT NULL,"
	"  message_id TEXT NOT NULL,"
	"  transport TEXT NOT NULL,"
	"  items INTEGER NOT NULL,"
	"  UNIQUE (am, day));",

	/* 3 -> 4: analysis (src/analyze_*.c): daily snapshots, the alert
	 * ledger, snoozes */
	"CREATE TABLE snapshots ("
	"  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
	"  day TEXT NOT NULL,"
	"  health INTEGER,"
	"  responsiveness INTEGER, engagement INTEGER, breadth INTEGER,"
	"  sentiment INTEGER, stability INTEGER, recency INTEGER,"
	"  computed_at INTEGER NOT NULL,"
	"  PRIMARY KEY (account_id, day)"
	") WITHOUT ROWID;"
	"CREATE INDEX snapshots_day ON snapshots(day);"
	"CREATE TABLE alerts ("
	"  id TEXT PRIMARY KEY,"
	"  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  subject TEXT NOT NULL DEFAULT '',"
	"  severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),"
	"  magnitude REAL NOT NULL DEFAULT 0,"
	"  title TEXT NOT NULL,"
	"  detail TEXT NOT NULL,"
	"  first_raised TEXT NOT NULL,"
	"  last_seen TEXT NOT NULL,"
	"  last_sent TEXT,"
	"  sent_severity TEXT,"
	"  sent_magnitude REAL,"
	"  resolved TEXT"
	") WITHOUT ROWID;"
	"CREATE INDEX alerts_account ON alerts(account_id, kind, subject);"
	"CREATE INDEX alerts_day ON alerts(last_seen) WHERE resolved IS NULL;"
	"CREATE TABLE snoozes ("
	"  account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
	"  until TEXT NOT NULL,"
	"  set_at INTEGER NOT NULL);",

	/* 4 -> 5: the AMs' verdicts on alerts (store_feedback.c); the key
	 * comes from SQLite's randomblob(), seeded by the system's random
	 * source */
	"CREATE TABLE feedback_key ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  key BLOB NOT NULL);"
	"INSERT INTO feedback_key (id, key) VALUES (1, randomblob(32));"
	"CREATE TABLE feedback ("
	"  alert_id TEXT NOT NULL,"
	"  am TEXT NOT NULL COLLATE NOCASE,"
	"  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
	"  kind TEXT NOT NULL,"
	"  evidence TEXT NOT NULL DEFAULT '',"
	"  verdict TEXT NOT NULL CHECK (verdict IN ('useful', 'wrong')),"
	"  judged_at INTEGER NOT NULL,"
	"  PRIMARY KEY (alert_id, am)"
	") WITHOUT ROWID;"
	"CREATE INDEX feedback_wrong ON feedback(account_id, kind, evidence)"
	"  WHERE verdict = 'wrong';",

	/* 5 -> 6: hosted mail: journal reports, their envelopes, IMAP backfill
	 * state (see LAYOUT) */
	"CREATE TABLE journal_reports ("
	"  id INTEGER PRIMARY KEY,"
	"  received_at INTEGER NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('exchange', 'google')),"
	"  report_id TEXT,"
	"  reporter TEXT,"
	"  message_id TEXT,"
	"  outcome TEXT NOT NULL CHECK (outcome IN ('stored', 'duplicate', 'skipped', 'failed')),"
	"  reason TEXT);"
	"CREATE INDEX journal_reports_received ON journal_reports(received_at);"
	"CREATE TABLE journal_recipients ("
	"  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
	"  address TEXT NOT NULL,"
	"  field TEXT NOT NULL CHECK (field IN ('to', 'cc', 'bcc', 'recipient')),"
	"  expanded_from TEXT,"
	"  forwarded_from TEXT,"
	"  PRIMARY KEY (message_id, address, field)"
	") WITHOUT ROWID;"
	"CREATE INDEX journal_recipients_address ON journal_recipients(address);"
	"CREATE TABLE imap_mailboxes ("
	"  mailbox TEXT PRIMARY KEY,"
	"  user TEXT NOT NULL,"
	"  uidvalidity INTEGER NOT NULL,"
	"  last_uid INTEGER NOT NULL,"
	"  messages INTEGER NOT NULL DEFAULT 0,"
	"  updated_at INTEGER NOT NULL"
	") WITHOUT ROWID;",
	/* 6 -> 7: the Date header's zone */
	"ALTER TABLE messages ADD COLUMN date_offset INTEGER;",
};

G_STATIC_ASSERT(G_N_ELEMENTS(migrations) == MP_SCHEMA_VERSION);

/* apply_migration - run step i and set user_version to i+1, atomically.
 * Two processes may open a new database at once (the milter's workers):
 * the version is read again under the write lock, and a step another
 * process applied meanwhile is skipped. */
static gboolean apply_migration(mp_store *st, int i, GError **error)
{
	if (!store_exec(st, "BEGIN IMMEDIATE", error))
		return FALSE;
	if (mp_store_schema_version(st) > i)
		return store_exec(st, "COMMIT", error);
	char *bump = g_strdup_printf("PRAGMA user_version = %d", i + 1);
	gboolean ok = store_exec(st, migrations[i], error) && store_exec(st, bump, error) &&
	              store_exec(st, "COMMIT", error);
	g_free(bump);
	if (!ok)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return ok;
}

gboolean store_migrate(mp_store *st, GError **error)
{
	int version = mp_store_schema_version(st);
	if (version < 0)
		return store_fail(st, "reading the schema version", error);
	if (version > MP_SCHEMA_VERSION) {
		g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE,
		            "%s: database schema version %d is newer than this mailpulse "
		            "understands (%d): install the newer mailpulse that wrote it",
		            st->path, version, MP_SCHEMA_VERSION);
		return FALSE;
	}
	if (version < MP_SCHEMA_VERSION && st->readonly) {
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL,
		            "%s: database schema version %d needs an upgrade to %d, which a "
		            "read-only command cannot do: run any writing command (e.g. "
		            "`mailpulse ingest` with no path) as the mailpulse user",
		            st->path, version, MP_SCHEMA_VERSION);
		return FALSE;
	}
	for (int i = version; i < MP_SCHEMA_VERSION; i++)
		if (!apply_migration(st, i, error))
			return FALSE;
	return TRUE;
}
