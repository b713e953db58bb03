//! The web edges: tokens with limits, safe defaults on disk and in throttling, and validation
//! of every text and number at the edge. Each test performs the attack or the bad input, sees
//! it refused, and checks that nothing changed.

mod defaults;
mod edges;
mod tokens;
