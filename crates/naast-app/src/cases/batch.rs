//! Group commit for intakes. With `synchronous=FULL` every commit waits for the disk, so one
//! commit per intake caps a busy service at the disk's flush rate. Intakes are instead handed to
//! one writer task that commits all intakes waiting at that moment in one transaction, and
//! acknowledges each only after that commit: nothing acknowledged is ever lost, and under load
//! hundreds of intakes share one flush. If a batch fails, its intakes are retried one by one so
//! that one bad intake cannot take others down with it.

use crate::{App, AppError, Principal, Result};
use naast_core::case::Intake;
use tokio::sync::{mpsc, oneshot};

/// The most intakes committed together.
const MAX_BATCH: usize = 256;

/// A validated intake waiting to be written.
pub(crate) struct Pending {
    pub who: Principal,
    pub tenant_id: i64,
    pub intake: Intake,
    /// The known citizen staff chose for this intake (never set from outside).
    pub citizen: Option<i64>,
    /// What only a citizen's own intake brings: the status link and more.
    pub public: Option<PublicExtra>,
    /// Staff took the intake in a conversation (telephone, walk-in, ...): it is the kwestie's
    /// first contact moment, logged with its channel, date and minutes.
    pub first_contact: bool,
}

/// The public door's additions to an intake.
pub(crate) struct PublicExtra {
    pub organisation: Option<String>,
    pub call_when: String,
    pub language: String,
    /// The status link's token (shown once to the citizen; stored hashed and sealed).
    pub token: String,
}

pub(crate) type Writer = mpsc::Sender<(Pending, oneshot::Sender<Result<String>>)>;

impl App {
    fn writer(&self) -> &Writer {
        self.intake_writer.get_or_init(|| {
            let (tx, rx) = mpsc::channel(4 * MAX_BATCH);
            tokio::spawn(self.clone().write_batches(rx));
            tx
        })
    }

    /// Hands an intake to the writer and waits until it is committed.
    pub(crate) async fn submit_intake(&self, p: Pending) -> Result<String> {
        let (done_tx, done_rx) = oneshot::channel();
        self.writer()
            .send((p, done_tx))
            .await
            .map_err(|_| AppError::Internal("intake writer stopped".into()))?;
        let reference = done_rx
            .await
            .map_err(|_| AppError::Internal("intake writer dropped an intake".into()))??;
        crate::metrics::bump(&crate::metrics::INTAKES_ACKNOWLEDGED);
        Ok(reference)
    }

    async fn write_batches(
        self,
        mut rx: mpsc::Receiver<(Pending, oneshot::Sender<Result<String>>)>,
    ) {
        while let Some(first) = rx.recv().await {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(next) => batch.push(next),
                    Err(_) => break,
                }
            }
            match self.write_together(&batch).await {
                Ok(references) => {
                    for ((_, reply), reference) in batch.into_iter().zip(references) {
                        let _ = reply.send(Ok(reference));
                    }
                }
                Err(e) => {
                    tracing::warn!(batch.size = batch.len(), error = %e.chain(), "intake batch failed; writing one by one");
                    for (p, reply) in batch {
                        let _ = reply.send(self.write_alone(&p).await);
                    }
                }
            }
        }
    }

    async fn write_together(
        &self,
        batch: &[(Pending, oneshot::Sender<Result<String>>)],
    ) -> Result<Vec<String>> {
        let mut tx = self.db.begin().await?;
        let mut references = Vec::with_capacity(batch.len());
        for (p, _) in batch {
            references.push(self.write_intake(&mut tx, p).await?);
        }
        tx.commit().await?;
        Ok(references)
    }

    async fn write_alone(&self, p: &Pending) -> Result<String> {
        let mut tx = self.db.begin().await?;
        let reference = self.write_intake(&mut tx, p).await?;
        tx.commit().await?;
        Ok(reference)
    }
}
