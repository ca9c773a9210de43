//! Vietnamese typed the Telex way while the Vietnamese keyboard (Unikey, the Windows IME) is
//! off: the keys that would have made the marks stay in the password as letters. `Mật khẩu`
//! comes out `Maatj khaaur`, `Việt Nam` (with `Năm`'s breve) `Vieetj Namw`. A cracker that
//! knows Vietnamese types its word lists the same way, so the password costs what its words
//! cost, plus the choice of where the tone keys went.
//!
//! Telex: `aa` `ee` `oo` → â ê ô, `dd` → đ, `w` → the breve or horn (ă ơ ư, typed after the
//! vowel or at the end of the syllable), and one tone key per syllable, typed after its vowel
//! or at its end: `s` sắc, `f` huyền, `r` hỏi, `x` ngã, `j` nặng.

use zeroize::Zeroizing;

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Letters a Vietnamese syllable can end with (before a tone key).
fn can_end_syllable(c: char) -> bool {
    is_vowel(c)
        || matches!(
            c.to_ascii_lowercase(),
            'c' | 'g' | 'h' | 'm' | 'n' | 'p' | 't'
        )
}

/// The form with the Telex keys taken out (case kept), and how many were taken out.
///
/// `f` and `j` start no Vietnamese syllable, and `w` none once the keyboard is off, so after a
/// letter they are always keys. `s`, `r` and `x` also start syllables (`sao`, `ra`, `xanh`),
/// so they are keys only where a syllable can end before them and no vowel follows.
pub fn untelex(form: &str) -> (Zeroizing<String>, usize) {
    let chars: Zeroizing<Vec<char>> = Zeroizing::new(form.chars().collect());
    let mut out = Zeroizing::new(String::with_capacity(form.len()));
    let mut keys = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lower = c.to_ascii_lowercase();
        let next = chars.get(i + 1).map(|n| n.to_ascii_lowercase());
        let after_letter = out.chars().last().is_some_and(|p| p.is_ascii_alphabetic());
        if matches!(lower, 'a' | 'e' | 'o' | 'd') && next == Some(lower) {
            out.push(c);
            keys += 1;
            i += 2;
            continue;
        }
        let is_key = after_letter
            && match lower {
                'w' | 'f' | 'j' => true,
                's' | 'r' | 'x' => {
                    out.chars().last().is_some_and(can_end_syllable) && !next.is_some_and(is_vowel)
                }
                _ => false,
            };
        if is_key {
            keys += 1;
        } else {
            out.push(c);
        }
        i += 1;
    }
    (out, keys)
}

/// What the Telex reading adds to the cost of the words it uncovers: where each tone key went
/// (after the vowel or at the end) is a small choice per key.
pub fn cost(keys: usize) -> f64 {
    0.3 + 0.1 * keys as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telex_keys_typed_with_the_keyboard_off_are_taken_out() {
        for (typed, words) in [
            ("Maatj khaaur", "Mat khau"),
            ("Vieetj Namw", "Viet Nam"),
            ("ddaauf", "dau"),
            ("Tuwf", "Tu"),
            ("Haf Nooij", "Ha Noi"),
            ("xinhs", "xinh"),
        ] {
            assert_eq!(untelex(typed).0.as_str(), words, "{typed}");
            assert!(untelex(typed).1 > 0);
        }
    }

    #[test]
    fn syllables_that_start_with_s_r_or_x_are_left_alone() {
        for plain in ["sao", "Ra", "xanh", "trang", "Quang Nam", "Kx8#qP"] {
            let (out, keys) = untelex(plain);
            assert_eq!(keys, 0, "{plain} → {}", out.as_str());
        }
    }
}
