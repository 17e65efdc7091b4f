//! The session cache: what pgw remembers about an app's current session on a chain (the
//! dispatch, the network's blocks per session, a learned block time, nodes to avoid), in memory
//! for long-lived processes or under `$PGW_HOME/cache/sessions` shared by concurrent processes.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use foldhash::HashMap;
use serde::{Deserialize, Serialize};

use super::session::Dispatch;
use crate::protocol::hash::sha3;

/// The cache file format version.
const VERSION: u32 = 1;
/// POKT mainnet's block time, assumed until two dispatches let pgw measure it.
pub const DEFAULT_BLOCK_TIME: Duration = Duration::from_secs(15 * 60);

/// The shortest span a block time is measured over.
const MIN_MEASURED_BLOCKS: i64 = 2;
const MIN_MEASURED_MS: u64 = 5_000;

/// What is known about one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub version: u32,
    /// The dispatcher (or node, for a dispatch carried in a relay error) the session came from.
    pub source: String,
    pub dispatch: Dispatch,
    /// The network's blocks per session; `None` when the node params could not be read.
    pub blocks_per_session: Option<i64>,
    /// When `dispatch.block_height` was observed (Unix ms).
    pub observed_ms: u64,
    /// The oldest (height, Unix ms) observation on this network, to measure the block time.
    pub baseline: (i64, u64),
    /// Measured ms per block, once two observations at different heights exist.
    pub block_time_ms: Option<u64>,
    /// Session nodes that failed and are avoided until the session ends.
    pub avoid: BTreeSet<String>,
}

impl Entry {
    pub fn new(source: &str, dispatch: Dispatch, blocks_per_session: Option<i64>, now_ms: u64) -> Entry {
        Entry {
            version: VERSION,
            source: source.to_string(),
            baseline: (dispatch.block_height, now_ms),
            dispatch,
            blocks_per_session,
            observed_ms: now_ms,
            block_time_ms: None,
            avoid: BTreeSet::new(),
        }
    }

    /// Carries over from the entry this one replaces: the avoided nodes (same session only), the
    /// blocks per session when unknown, and the block-time baseline.
    pub fn succeed(mut self, old: &Entry) -> Entry {
        if old.dispatch.session == self.dispatch.session {
            self.avoid.extend(old.avoid.iter().cloned());
        }
        if self.blocks_per_session.is_none() {
            self.blocks_per_session = old.blocks_per_session;
        }
        // Measure only when the height moved: the first sighting of a height is the one closest
        // to when its block was made.
        let (base_height, base_ms) = old.baseline;
        self.block_time_ms = old.block_time_ms;
        if base_height <= self.dispatch.block_height {
            self.baseline = old.baseline;
        }
        // Each sighting may be up to a block late, so a measurement needs a span of time and
        // blocks long enough for that error to be small (sightings ms apart teach nothing).
        if self.dispatch.block_height > old.dispatch.block_height
            && self.dispatch.block_height - base_height >= MIN_MEASURED_BLOCKS
            && self.observed_ms.saturating_sub(base_ms) >= MIN_MEASURED_MS
        {
            let blocks = (self.dispatch.block_height - base_height) as u64;
            self.block_time_ms = Some((self.observed_ms - base_ms) / blocks);
        }
        self
    }

    /// The block time used for estimates: measured, else configured, else POKT mainnet's.
    pub fn block_time(&self, configured: Option<Duration>) -> Duration {
        self.block_time_ms
            .map(Duration::from_millis)
            .or(configured)
            .unwrap_or(DEFAULT_BLOCK_TIME)
            .max(Duration::from_millis(1))
    }

    /// Whether a session that is no longer current is still accepted by the nodes at the
    /// estimated height: a Shannon session inside its grace period (`end + grace_blocks`).
    /// Morse sessions have none.
    pub fn in_grace(&self, now_ms: u64, configured: Option<Duration>) -> bool {
        self.dispatch.session.shannon.as_ref().is_some_and(|s| {
            s.grace_blocks > 0 && self.estimated_height(now_ms, configured) <= s.end_height + s.grace_blocks
        })
    }

    /// The network's height now, estimated from the last observation and the block time.
    pub fn estimated_height(&self, now_ms: u64, configured: Option<Duration>) -> i64 {
        let elapsed = now_ms.saturating_sub(self.observed_ms);
        let blocks = elapsed / self.block_time(configured).as_millis().max(1) as u64;
        self.dispatch.block_height + blocks as i64
    }

    /// Whether the session's blocks have not yet passed (always true when blocks per session is
    /// unknown: a node's code 60 then says so, with a fresh dispatch).
    pub fn is_current(&self, now_ms: u64, configured: Option<Duration>) -> bool {
        match self.blocks_per_session {
            Some(bps) => self.estimated_height(now_ms, configured) < self.dispatch.session_end(bps),
            None => true,
        }
    }
}

/// Where sessions are kept. Writes are best effort: a failed write costs a dispatch later.
pub trait SessionStore: Send + Sync {
    fn load(&self, key: &str) -> Option<Arc<Entry>>;
    /// Stores `entry` (succeeding any entry it replaces) and returns what is now stored.
    fn save(&self, key: &str, entry: Entry) -> Result<Arc<Entry>, String>;
    /// Marks a node as failing for the rest of session `session_height`.
    fn avoid(&self, key: &str, session_height: i64, address: &str) -> Result<(), String>;
}

/// The cache key for an app's session on a chain through a set of dispatchers: sessions from
/// different networks never mix.
pub fn key(dispatchers: &[String], app_public_key: &str, chain: &str) -> String {
    let mut seed = dispatchers.join("\n");
    seed.push('\n');
    seed.push_str(app_public_key);
    seed.push('\n');
    seed.push_str(chain);
    format!("{chain}-{}", &hex::encode(sha3(seed.as_bytes()))[..24])
}

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

/// Sessions kept in this process only (`pgw serve`, `pgw bench`).
#[derive(Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, Arc<Entry>>>,
}

impl SessionStore for MemoryStore {
    fn load(&self, key: &str) -> Option<Arc<Entry>> {
        self.entries.lock().ok()?.get(key).cloned()
    }

    fn save(&self, key: &str, entry: Entry) -> Result<Arc<Entry>, String> {
        let mut entries = self.entries.lock().map_err(|_| "session cache lock poisoned".to_string())?;
        let entry = match entries.get(key) {
            Some(old) => entry.succeed(old),
            None => entry,
        };
        let entry = Arc::new(entry);
        entries.insert(key.to_string(), entry.clone());
        Ok(entry)
    }

    fn avoid(&self, key: &str, session_height: i64, address: &str) -> Result<(), String> {
        let mut entries = self.entries.lock().map_err(|_| "session cache lock poisoned".to_string())?;
        if let Some(old) = entries.get(key).filter(|e| e.dispatch.session.session_height == session_height) {
            let mut entry = Entry::clone(old);
            entry.avoid.insert(address.to_string());
            entries.insert(key.to_string(), Arc::new(entry));
        }
        Ok(())
    }
}

/// Sessions in `<home>/cache/sessions/<key>.json`, one file per key, replaced atomically;
/// read-modify-write happens under an exclusive lock on `.lock` in that directory, so parallel
/// pgw processes share sessions and avoided nodes without losing updates.
pub struct DiskStore {
    dir: PathBuf,
}

const LOCK_TIMEOUT: Duration = Duration::from_secs(5);

impl DiskStore {
    pub fn new(home: &Path) -> DiskStore {
        DiskStore { dir: home.join("cache").join("sessions") }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    fn read(&self, key: &str) -> Option<Entry> {
        let bytes = crate::limits::read_file(&self.path(key), crate::limits::CACHE).ok()?;
        serde_json::from_slice::<Entry>(&bytes).ok().filter(|e| e.version == VERSION)
    }

    fn write(&self, key: &str, entry: &Entry) -> Result<(), String> {
        let json = serde_json::to_vec(entry).map_err(|e| e.to_string())?;
        crate::fsutil::write_atomic(&self.path(key), &json, Some(0o600)).map_err(|e| e.to_string())
    }

    /// Creates the directory (0700) and takes the lock, waiting up to `LOCK_TIMEOUT`.
    fn lock(&self) -> Result<File, String> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        let fail = |what: &str, e: std::io::Error| format!("{}: cannot {what}: {e}", self.dir.display());
        builder.create(&self.dir).map_err(|e| fail("create the session cache", e))?;
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(self.dir.join(".lock")).map_err(|e| fail("open the cache lock", e))?;
        let start = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(file),
                Err(TryLockError::WouldBlock) if start.elapsed() < LOCK_TIMEOUT => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(fail("lock the session cache", std::io::ErrorKind::TimedOut.into()));
                }
                Err(TryLockError::Error(e)) => return Err(fail("lock the session cache", e)),
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(20));
        }
    }
}

impl SessionStore for DiskStore {
    fn load(&self, key: &str) -> Option<Arc<Entry>> {
        // Files are replaced atomically, so a read without the lock sees a whole entry.
        self.read(key).map(Arc::new)
    }

    fn save(&self, key: &str, entry: Entry) -> Result<Arc<Entry>, String> {
        let _lock = self.lock()?;
        let entry = match self.read(key) {
            Some(old) => entry.succeed(&old),
            None => entry,
        };
        self.write(key, &entry)?;
        Ok(Arc::new(entry))
    }

    fn avoid(&self, key: &str, session_height: i64, address: &str) -> Result<(), String> {
        let _lock = self.lock()?;
        match self.read(key) {
            Some(mut entry) if entry.dispatch.session.session_height == session_height => {
                if entry.avoid.insert(address.to_string()) {
                    self.write(key, &entry)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::session::{Session, SessionNode};

    fn dispatch(block_height: i64, session_height: i64) -> Dispatch {
        Dispatch {
            block_height,
            session: Session {
                app_public_key: "aa".into(),
                shannon: None,
                chain: "0021".into(),
                session_height,
                key: "00".into(),
                nodes: vec![SessionNode {
                    address: "n1".into(),
                    public_key: "pk".into(),
                    service_url: "http://127.0.0.1:1".into(),
                    jailed: false,
                    chains: vec!["0021".into()],
                    stake: "1".into(),
                }],
            },
        }
    }

    #[test]
    fn sessions_expire_when_their_blocks_pass() {
        let e = Entry::new("d", dispatch(102, 101), Some(4), 1_000);
        let bt = Some(Duration::from_secs(10));
        assert_eq!(e.estimated_height(1_000, bt), 102);
        assert_eq!(e.estimated_height(30_999, bt), 104);
        assert!(e.is_current(30_999, bt));
        assert_eq!(e.estimated_height(31_000, bt), 105);
        assert!(!e.is_current(31_000, bt));
        let unknown = Entry { blocks_per_session: None, ..e };
        assert!(unknown.is_current(u64::MAX, bt));
    }

    #[test]
    fn block_time_is_learned_from_successive_dispatches() {
        let first = Entry::new("d", dispatch(102, 101), Some(4), 1_000);
        // Too short a span (4 blocks in 4 ms, as when a devnet is advanced by hand) teaches nothing.
        let hasty = Entry::new("d", dispatch(106, 105), None, 1_004).succeed(&first);
        assert_eq!(hasty.block_time_ms, None);
        assert_eq!(hasty.baseline, (102, 1_000));
        let second = Entry::new("d", dispatch(106, 105), None, 41_000).succeed(&first);
        assert_eq!(second.block_time_ms, Some(10_000));
        assert_eq!(second.blocks_per_session, Some(4));
        assert_eq!(second.baseline, (102, 1_000));
        // The same height seen again keeps the measurement.
        let third = Entry::new("d", dispatch(106, 105), None, 45_000).succeed(&second);
        assert_eq!(third.block_time_ms, Some(10_000));
        let fourth = Entry::new("d", dispatch(112, 109), None, 101_000).succeed(&third);
        assert_eq!(fourth.block_time_ms, Some(10_000));
        assert_eq!(fourth.block_time(None), Duration::from_secs(10));
        assert_eq!(Entry::new("d", dispatch(1, 1), None, 0).block_time(None), DEFAULT_BLOCK_TIME);
    }

    #[test]
    fn avoided_nodes_last_for_their_session_only() {
        let mut first = Entry::new("d", dispatch(102, 101), Some(4), 1_000);
        first.avoid.insert("n1".into());
        let same = Entry::new("d", dispatch(103, 101), None, 2_000).succeed(&first);
        assert!(same.avoid.contains("n1"));
        let next = Entry::new("d", dispatch(105, 105), None, 3_000).succeed(&first);
        assert!(next.avoid.is_empty());
    }

    #[test]
    fn keys_separate_networks_apps_and_chains() {
        let a = key(&["http://a".into()], "aa", "0021");
        assert!(a.starts_with("0021-") && a.len() == 29);
        assert_ne!(a, key(&["http://b".into()], "aa", "0021"));
        assert_ne!(a, key(&["http://a".into()], "bb", "0021"));
        assert_ne!(a, key(&["http://a".into()], "aa", "0001"));
    }

    fn exercise(store: &dyn SessionStore) {
        assert!(store.load("k").is_none());
        store.save("k", Entry::new("d", dispatch(102, 101), Some(4), 1_000)).unwrap();
        store.avoid("k", 101, "n1").unwrap();
        store.avoid("k", 99, "n2").unwrap();
        let loaded = store.load("k").unwrap();
        assert_eq!(loaded.avoid.iter().collect::<Vec<_>>(), ["n1"]);
        let saved = store.save("k", Entry::new("n", dispatch(103, 101), None, 2_000)).unwrap();
        assert_eq!(saved.blocks_per_session, Some(4));
        assert!(saved.avoid.contains("n1"));
        assert_eq!(*store.load("k").unwrap(), *saved);
    }

    #[test]
    fn memory_store_round_trips() {
        exercise(&MemoryStore::default());
    }

    #[test]
    fn disk_store_round_trips_with_private_files() {
        let home = tempfile::tempdir().unwrap();
        let store = DiskStore::new(home.path());
        exercise(&store);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(store.dir()), 0o700);
            assert_eq!(mode(&store.path("k")), 0o600);
        }
        fs::write(store.path("k"), "not json").unwrap();
        assert!(store.load("k").is_none(), "a corrupt entry is a cache miss");
    }

    #[test]
    fn disk_store_keeps_every_concurrent_update() {
        let home = tempfile::tempdir().unwrap();
        let store = Arc::new(DiskStore::new(home.path()));
        store.save("k", Entry::new("d", dispatch(102, 101), Some(4), 1_000)).unwrap();
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let store = store.clone();
                std::thread::spawn(move || store.avoid("k", 101, &format!("n{i}")).unwrap())
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(store.load("k").unwrap().avoid.len(), 8);
    }
}
