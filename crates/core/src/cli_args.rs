//! Reading one `--name VALUE` / `--name=VALUE` option from a raw argument list, for the places
//! that need it before (or without) a full parser: the CLI's help language, the app's profile.

/// The value of the first `--name VALUE` or `--name=VALUE` in `args`.
pub fn flag_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix(name) {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        })
}

#[cfg(test)]
mod tests {
    use super::flag_value;

    fn args(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn both_spellings_are_read() {
        assert_eq!(
            flag_value(&args(&["app", "--profile", "a.toml"]), "--profile"),
            Some("a.toml")
        );
        assert_eq!(
            flag_value(&args(&["app", "--profile=b.toml"]), "--profile"),
            Some("b.toml")
        );
    }

    #[test]
    fn missing_value_or_other_flags_give_nothing() {
        assert_eq!(flag_value(&args(&["app", "--profile"]), "--profile"), None);
        assert_eq!(
            flag_value(&args(&["app", "--profiles=x"]), "--profile"),
            None
        );
        assert_eq!(
            flag_value(&args(&["app", "--lang", "en"]), "--profile"),
            None
        );
    }
}
