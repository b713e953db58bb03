//! Criterion benchmark of `find` on synthetic Dutch case texts of the usual kinds (written here,
//! not the evaluation set): `cargo bench -p naast-deid`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const E_MAIL: &str = "Beste mevrouw De Vries,\n\nOp 3 maart 2026 belde dhr. J. Bakker over de Wmo-indicatie van zijn moeder (84). Ze woont op Kerkstraat 12a, 1234 AB Maasdal en is bereikbaar op 06-12345678. Het UWV weet ervan.\n\nMet vriendelijke groet,\nAyşe Yılmaz";
const CHAT: &str = "hoi!! 😊 mijn zoon Daan krijgt geen jeugdhulp meer... al 3 jaar gedoe. bel me 0612345678 of mail daan.ma@gmail.com 🙏 kenteken taxi 12-GBX-3";
const NOTE: &str = "Intake. Inwoner Emine van den Berg, geboren op 07-05-1974, BSN 111222333, wonende te Tiel. Bewindvoerder is Bewindvoering Plus. Rekening NL91ABNA0417164300. Dossiernummer 2025-89971. Ik betaal 250 euro per maand.";

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("find");
    for (name, text) in [("e-mail", E_MAIL), ("chat", CHAT), ("intake note", NOTE)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| naast_deid::find(black_box(text))));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
