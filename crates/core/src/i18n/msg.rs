use fluent::FluentValue;
use serde::Serialize;

/// A message to show a person: a Fluent id plus its arguments, never pre-rendered text.
///
/// The CLI renders it with [`crate::Localizer`]; the UI renders the same id with the same `.ftl`
/// files. Serialized as `{"id": "...", "args": {"name": value}}`.
#[cfg_attr(test, derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Msg {
    pub id: String,
    #[serde(serialize_with = "args_as_map")]
    #[cfg_attr(test, ts(type = "Record<string, string | number | Msg>"))]
    pub args: Vec<(String, Arg)>,
}

/// A Fluent argument. Numbers stay numbers so Fluent can pick plural forms.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, rendered first in the same language (a date inside a sentence). The
    /// UI's `tm` does the same, so neither side glues sentences together.
    Msg(Box<Msg>),
}

impl Msg {
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_owned(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }
}

impl Arg {
    /// The Fluent value; a nested message is rendered by `render` first.
    pub(crate) fn to_fluent(&self, render: &dyn Fn(&Msg) -> String) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(render(m)),
        }
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

fn args_as_map<S: serde::Serializer>(args: &[(String, Arg)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(args.len()))?;
    for (k, v) in args {
        map.serialize_entry(k, v)?;
    }
    map.end()
}
