//! Sign-in throttling per account and per address, counted in the database so that every
//! instance sees the same numbers. The table's keys are keyed hashes (the blind index) of
//! `acct:<email>`, `addr:<ip>` and `totp:<user id>`: it holds no e-mail or IP address.

use super::{ACCOUNT_LIMIT, ADDRESS_LIMIT, BLOCK, WINDOW};
use crate::{App, AppError, Result};
use naast_store::{Tx, now, throttle};

impl App {
    /// `Throttled` when any of the (raw) keys is blocked. Always on: `NAAST_RATE_LIMITS=off`
    /// turns off the public form's limits only, never the protection of accounts.
    pub(super) async fn throttled(&self, keys: &[&str]) -> Result<()> {
        let t = now();
        for k in keys {
            let wait = throttle::blocked_for(self.db.pool(), &self.throttle_key(k), t).await?;
            if wait > 0 {
                return Err(AppError::Throttled(wait as u64));
            }
        }
        Ok(())
    }

    /// Counts a failed sign-in for the account and the address (raw keys).
    pub(super) async fn count_failure(&self, acct: &str, addr: &str) -> Result<()> {
        let t = now();
        let (acct, addr) = (self.throttle_key(acct), self.throttle_key(addr));
        throttle::fail(self.db.pool(), &acct, t, WINDOW, ACCOUNT_LIMIT, BLOCK).await?;
        throttle::fail(self.db.pool(), &addr, t, WINDOW, ADDRESS_LIMIT, BLOCK).await?;
        Ok(())
    }

    /// The throttle table's key for `raw` (`acct:<email>`, `addr:<ip>`, `totp:<user id>`): a
    /// keyed hash (the blind index), so that the table holds no e-mail or IP address.
    pub(super) fn throttle_key(&self, raw: &str) -> String {
        self.blind_index("throttle", raw)
    }

    /// Removes the sign-in throttle entry kept for an e-mail address (erasure of a person).
    pub async fn forget_throttle_for(&self, tx: &mut Tx, email: &str) -> Result<()> {
        let key = self.throttle_key(&format!("acct:{}", email.trim().to_lowercase()));
        throttle::clear(&mut **tx, &key).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{App, AppError, Settings};
    use naast_crypto::{KeyRing, MasterKey};
    use naast_store::Db;

    #[tokio::test]
    async fn forgetting_an_e_mail_address_lifts_the_block_kept_under_its_hash()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let db = Db::connect(&Db::sqlite_url(dir.path())).await?;
        db.migrate().await?;
        let keys = KeyRing::new(MasterKey::generate(), Vec::new());
        let app = App::new(db, keys, Settings::default()).await?;
        for _ in 0..5 {
            app.count_failure("acct:jan@voorbeeld.nl", "addr:10.0.0.1")
                .await?;
        }
        assert!(matches!(
            app.throttled(&["acct:jan@voorbeeld.nl"]).await,
            Err(AppError::Throttled(_))
        ));
        let mut tx = app.db.begin().await?;
        app.forget_throttle_for(&mut tx, " Jan@Voorbeeld.nl ")
            .await?;
        tx.commit().await?;
        assert!(app.throttled(&["acct:jan@voorbeeld.nl"]).await.is_ok());
        Ok(())
    }
}
