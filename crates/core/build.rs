fn main() {
    // The catalogue is embedded with rust-embed; a new or edited .ftl must rebuild the crate.
    println!("cargo:rerun-if-changed=../../locales");
    println!("cargo:rerun-if-changed=../../profiles");
}
