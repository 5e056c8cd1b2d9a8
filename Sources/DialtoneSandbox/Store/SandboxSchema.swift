import GRDB

/// The sandbox's tables.
///
/// `numbers_stock` (a partial index) serves every listing in `(country, e164)` order; the FTS5
/// trigram index holds only Vobiz numbers in stock, so a substring search and its count never
/// touch sold rows; `stock_grams` keeps, per country, how many Vobiz numbers in stock contain each
/// 1–2 character substring — the totals trigrams cannot give. Money columns are `MinorUnits`.
///
/// An owned number's routing is stored on its row, as its provider writes it: `trunk_group_id`
/// (Vobiz), `application` (Vobiz's `application_id`, Plivo's resource URI) and `alias` (Plivo),
/// all null in stock. `trunks` holds each Vobiz account's SIP trunks and `applications` each
/// Plivo account's applications (`RoutingCatalogue`).
enum SandboxSchema {
    /// Bumped whenever the tables or the seeded data change shape, so old databases are reseeded.
    static let version = "6"

    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE numbers (
                    id INTEGER PRIMARY KEY,
                    e164 TEXT NOT NULL UNIQUE,
                    provider TEXT NOT NULL,
                    country TEXT NOT NULL,
                    region TEXT NOT NULL,
                    region_name TEXT NOT NULL,
                    city TEXT,
                    rate_center TEXT,
                    lata INTEGER,
                    prefix TEXT NOT NULL,
                    type TEXT NOT NULL,
                    voice INTEGER NOT NULL,
                    sms INTEGER NOT NULL,
                    mms INTEGER NOT NULL,
                    fax INTEGER NOT NULL,
                    setup_fee INTEGER NOT NULL,
                    monthly_fee INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    restriction TEXT,
                    aadhaar_required INTEGER NOT NULL,
                    minimum_commitment_months INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    owner TEXT,
                    purchased_at TEXT,
                    trunk_group_id TEXT,
                    application TEXT,
                    alias TEXT,
                    country_key TEXT GENERATED ALWAYS AS ('=' || country) VIRTUAL
                );
                CREATE INDEX numbers_stock ON numbers(provider, country, e164, type, voice, sms, mms)
                    WHERE owner IS NULL AND status = 'active';
                CREATE INDEX numbers_owner ON numbers(owner, country, e164) WHERE owner IS NOT NULL;
                CREATE VIRTUAL TABLE numbers_fts USING fts5(
                    e164, country_key, content = 'numbers', content_rowid = 'id', tokenize = 'trigram'
                );
                CREATE TABLE stock_grams (
                    country TEXT NOT NULL, gram TEXT NOT NULL, available INTEGER NOT NULL,
                    PRIMARY KEY (country, gram)
                ) WITHOUT ROWID;
                CREATE TABLE balances (
                    account_id TEXT NOT NULL, currency TEXT NOT NULL,
                    opening INTEGER NOT NULL, balance INTEGER NOT NULL CHECK (balance >= 0),
                    PRIMARY KEY (account_id, currency)
                ) WITHOUT ROWID;
                CREATE TABLE purchases (
                    id INTEGER PRIMARY KEY,
                    number_id INTEGER NOT NULL REFERENCES numbers(id),
                    account_id TEXT NOT NULL, payer_id TEXT NOT NULL,
                    currency TEXT NOT NULL, amount INTEGER NOT NULL, created_at TEXT NOT NULL,
                    released_at TEXT
                );
                CREATE UNIQUE INDEX purchases_held ON purchases(number_id) WHERE released_at IS NULL;
                CREATE TABLE ledger (
                    id INTEGER PRIMARY KEY,
                    purchase_id INTEGER NOT NULL REFERENCES purchases(id),
                    account_id TEXT NOT NULL, currency TEXT NOT NULL,
                    amount INTEGER NOT NULL CHECK (amount > 0), reason TEXT NOT NULL
                );
                CREATE INDEX ledger_account ON ledger(account_id, currency);
                CREATE TABLE releases (
                    id INTEGER PRIMARY KEY,
                    number_id INTEGER NOT NULL REFERENCES numbers(id),
                    purchase_id INTEGER NOT NULL REFERENCES purchases(id),
                    payer_id TEXT NOT NULL, currency TEXT NOT NULL, fee INTEGER NOT NULL,
                    requested_at TEXT NOT NULL, cooldown_ends_at TEXT NOT NULL,
                    state TEXT NOT NULL DEFAULT 'pending', ended_at TEXT
                );
                CREATE UNIQUE INDEX releases_pending ON releases(number_id) WHERE state = 'pending';
                CREATE INDEX releases_due ON releases(cooldown_ends_at) WHERE state = 'pending';
                CREATE TABLE trunks (
                    trunk_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, position INTEGER NOT NULL,
                    name TEXT NOT NULL, trunk_domain TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX trunks_account ON trunks(account_id, position);
                CREATE TABLE applications (
                    app_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, position INTEGER NOT NULL,
                    app_name TEXT NOT NULL, answer_url TEXT NOT NULL, answer_method TEXT NOT NULL,
                    hangup_url TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX applications_account ON applications(account_id, position);
                """)
    }

    /// Distinct substrings of 1 and 2 characters of `e164` (the keys of `stock_grams`).
    static func shortGrams(of e164: String) -> Set<Substring> {
        var grams = Set<Substring>()
        var index = e164.startIndex
        while index < e164.endIndex {
            let next = e164.index(after: index)
            grams.insert(e164[index..<next])
            if next < e164.endIndex { grams.insert(e164[index...next]) }
            index = next
        }
        return grams
    }
}
