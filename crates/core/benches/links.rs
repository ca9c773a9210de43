//! How long the link check takes on a pasted message: a 2,000-character Vietnamese text with
//! official, look-alike and ordinary links (well under 10 ms is "instant"), and one link alone.
//! The look-alikes include the shapes the lexicon of state names catches (a short name on a
//! cheap domain, `gov` glued on, a lure word, a power company's name in a sub-domain).
//! Run: cargo bench -p tukiem-core --bench links

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tukiem_core::Profile;
use tukiem_core::links::{Officials, check_text};

/// One paragraph of a scam text message with six links; repeated to 2,000 characters.
const PARAGRAPH: &str = "[CSGT] Thông báo: phương tiện của quý khách có biên bản phạt nguội chưa nộp. \
Vui lòng tra cứu và nộp phạt tại https://dichvucongs.top/vn hoặc dichvucongg.top/vn trước 17h hôm nay, \
quá hạn sẽ bị khóa tài khoản định danh VNeID. Cập nhật thông tin BHXH tại bhxh.co hoặc \
https://dichvucong.gov.vn.example.com/login. Cổng chính thức: dichvucong.gov.vn; tin tức: vnexpress.net. \
Tra cứu GPLX tại tracuugplx.vn hoặc gplxgov.org, hoàn tiền điện tại evnvaytien.xyz, \
cskh-evnspc.vn.aptoide.com; trang thật: evn.com.vn, csgt.bocongan.gov.vn, shopee.vn, tuoitre.vn. ";

fn message() -> String {
    let mut text = String::new();
    while text.chars().count() < 2000 {
        text.push_str(PARAGRAPH);
    }
    text.chars().take(2000).collect()
}

fn bench(c: &mut Criterion) {
    let officials = Officials::with_profile(&Profile::embedded());
    let text = message();
    let found = check_text(&officials, &text).len();
    println!(
        "message: {} characters, {found} links",
        text.chars().count()
    );

    c.bench_function("links/2000-character message", |b| {
        b.iter(|| black_box(check_text(&officials, black_box(&text))))
    });
    c.bench_function("links/one link", |b| {
        b.iter(|| {
            black_box(check_text(
                &officials,
                black_box("https://dichvucongs.top/vn"),
            ))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
