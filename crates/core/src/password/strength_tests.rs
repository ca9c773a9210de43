use super::*;
use std::collections::HashMap;
use std::sync::Mutex;
use zxcvbn::feedback::Suggestion as ZSuggestion;

fn verdict_of(p: &str) -> Assessment {
    let profile = Profile::embedded();
    assess(
        p,
        &profile.password_rule,
        &agency_words(&profile),
        &PersonalInputs::default(),
    )
}

#[test]
fn rule_compliant_vietnamese_habits_are_weak() {
    for p in [
        "Namdinh@2023",
        "Matkhau@123",
        "Nguyenvana@1990",
        "Admin@123",
        "Demo@123",
        "QuangNam@2024",
        "Haiphong@123",
        "Abcd@1234",
        "P@ssw0rd",
        "Anhyeuem@2024",
        "Tphcm@2024",
        "Mậtkhẩu@123",
    ] {
        let a = verdict_of(p);
        assert!(a.meets_rule, "{p} should meet the rule");
        assert_eq!(a.verdict, Verdict::Weak, "{p}: {a:?}");
        assert!(!a.warnings.is_empty(), "{p}: a weak verdict says why");
    }
}

#[test]
fn agency_names_from_the_profile_count_against_the_password() {
    let a = verdict_of("Sotttt#NamDinh9");
    assert_eq!(a.verdict, Verdict::Weak, "{a:?}");
    assert!(
        a.warnings.contains(&"agency_words") || a.warnings.contains(&"place"),
        "{a:?}"
    );
}

#[test]
fn personal_details_count_against_the_password_without_being_kept() {
    let profile = Profile::embedded();
    let personal = PersonalInputs {
        values: vec![
            Zeroizing::new("Lê Thị Ngọc Ánh".into()),
            Zeroizing::new("19/07/1992".into()),
        ],
    };
    let a = assess(
        "Ngocanh#1992!x",
        &profile.password_rule,
        &agency_words(&profile),
        &personal,
    );
    assert_eq!(a.verdict, Verdict::Weak, "{a:?}");
    assert!(a.warnings.contains(&"personal_info"), "{a:?}");
}

#[test]
fn missing_requirements_fail_the_rule_first() {
    let a = verdict_of("matkhaumoi");
    assert_eq!(a.verdict, Verdict::FailsRule);
    assert_eq!(
        a.missing,
        [Requirement::Upper, Requirement::Digit, Requirement::Special]
    );
}

#[test]
fn passphrase_with_separators_is_strong() {
    let a = verdict_of("Gio-Bien7-Xanh!Ngat");
    assert_eq!(a.verdict, Verdict::Strong, "{a:?}");
}

#[test]
fn ime_and_spacing_traps_are_warned() {
    let a = verdict_of(" Mậtkhẩu#Rất9Dài-Xanh ");
    assert!(a.warnings.contains(&"vietnamese_letters"));
    assert!(a.warnings.contains(&"normal_form"));
    assert!(a.warnings.contains(&"outer_spaces"));
}

#[test]
fn too_long_input_gets_its_own_verdict() {
    let long = "Aa1@".repeat(65);
    let a = verdict_of(&long);
    assert_eq!(a.verdict, Verdict::TooLong);
    assert_eq!(a.warnings, ["too_long"]);
    let at_limit = "Aa1@".repeat(64);
    assert_ne!(verdict_of(&at_limit).verdict, Verdict::TooLong);
}

#[test]
fn l33t_dense_input_is_scored_in_pieces_and_longer_never_scores_lower() {
    // Symbol soup is cut into pieces of at most 8 distinct l33t characters (zxcvbn's cost);
    // the estimate still grows with the length, and a strong soup stays strong.
    let soup: String = "4@8({[</369&#!1/|0$5+7%2/"
        .chars()
        .cycle()
        .take(MAX_CHARS)
        .collect();
    let mut last = 0.0;
    for n in [8, 9, 20, 40, 100, MAX_CHARS] {
        let a = verdict_of(&soup[..n]);
        assert!(a.guesses_log10 >= last, "{n}: {} < {last}", a.guesses_log10);
        last = a.guesses_log10;
    }
    assert!(last > 2.0 * WEAK_BELOW_LOG10, "{last}");
    // Ordinary passwords hold few l33t characters: one piece, as before.
    let p = "Tranthihoa@15081985";
    let distinct: std::collections::BTreeSet<char> =
        p.chars().filter(|c| L33T.contains(*c)).collect();
    assert!(distinct.len() as u32 <= ZXCVBN_L33T_PER_CHUNK);
    assert_eq!(verdict_of(p).verdict, Verdict::Weak);
}

/// A small deterministic generator (xorshift) so the test needs no RNG crate and never flakes.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick(&mut self, set: &[u8]) -> char {
        set[(self.next() % set.len() as u64) as usize] as char
    }
}

#[test]
fn random_twelve_character_passwords_with_all_classes_are_never_weak() {
    const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    const DIGIT: &[u8] = b"0123456789";
    const SPECIAL: &[u8] = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    let all: Vec<u8> = [UPPER, LOWER, DIGIT, SPECIAL].concat();
    let mut rng = XorShift(0x7u64 << 40 | 2026);
    let profile = Profile::embedded();
    let agency = agency_words(&profile);
    let mut checked = 0;
    while checked < 500 {
        let len = 12 + (rng.next() % 9) as usize;
        let p: String = (0..len).map(|_| rng.pick(&all)).collect();
        let a = assess(
            &p,
            &profile.password_rule,
            &agency,
            &PersonalInputs::default(),
        );
        if !a.meets_rule {
            continue; // not all four classes drawn
        }
        checked += 1;
        assert_ne!(
            a.verdict,
            Verdict::Weak,
            "random {len}-char password judged weak: {a:?}"
        );
    }
}

#[test]
fn assessment_carries_no_part_of_the_password() {
    let canary = "Canary#Zebu7Quokka";
    let a = verdict_of(canary);
    let json = serde_json::to_string(&a).unwrap();
    for fragment in ["anary", "zebu", "Zebu", "uokka", canary] {
        assert!(!json.contains(fragment), "{json}");
    }
}

#[test]
fn every_warning_and_verdict_has_words_in_both_languages() {
    for lang in crate::Lang::ALL {
        let ids = crate::i18n::message_ids(lang);
        for code in WARNING_CODES {
            assert!(
                ids.contains(&format!("pw-warning-{code}")),
                "{lang}: pw-warning-{code}"
            );
        }
        for v in [
            Verdict::FailsRule,
            Verdict::Weak,
            Verdict::Fair,
            Verdict::Strong,
            Verdict::TooLong,
        ] {
            let code = serde_json::to_value(v).unwrap();
            assert!(
                ids.contains(&format!("pw-verdict-{}", code.as_str().unwrap())),
                "{lang}: {code}"
            );
        }
    }
}

#[test]
fn every_code_assess_can_emit_is_listed() {
    use crate::password::patterns::Pattern;
    for p in [
        Pattern::CommonPassword,
        Pattern::VietnameseWords,
        Pattern::Name,
        Pattern::Place,
        Pattern::AgencyWords,
        Pattern::PersonalInfo,
        Pattern::Year,
        Pattern::Date,
        Pattern::Phone,
        Pattern::DigitSequence,
        Pattern::Leet,
        Pattern::DefaultShape,
        Pattern::VietnameseSyllables,
        Pattern::LuckyNumber,
        Pattern::ShortNumber,
        Pattern::MobileNumber,
        Pattern::CitizenId,
        Pattern::Telex,
    ] {
        assert!(WARNING_CODES.contains(&p.code()), "{}", p.code());
        assert_eq!(serde_json::to_value(p).unwrap(), p.code());
    }
}

#[test]
fn strong_passwords_carry_no_pattern_noise() {
    let a = verdict_of("Gio-Bien7-Xanh!Ngat");
    assert_eq!(a.verdict, Verdict::Strong);
    assert!(a.warnings.is_empty(), "{a:?}");
}

#[test]
fn a_reused_password_is_not_to_be_used_however_strong_and_weak_ones_stay_weak() {
    let a = verdict_of("Gio-Bien7-Xanh!Ngat");
    assert_eq!(a.verdict, Verdict::Strong);
    let reused = with_reuse(a.clone(), 1);
    assert_eq!(reused.verdict, Verdict::Reused);
    assert_eq!(
        with_reuse(verdict_of("Abcd@1234"), 1).verdict,
        Verdict::Weak
    );
    assert_eq!(reused.warnings[0], "reused");
    assert_eq!(with_reuse(a.clone(), 0), a);
    let failing = with_reuse(verdict_of("abc"), 1);
    assert_eq!(
        failing.verdict,
        Verdict::FailsRule,
        "the rule still speaks first"
    );
}

#[test]
fn verdict_codes_are_what_json_says() {
    for v in [
        Verdict::FailsRule,
        Verdict::Weak,
        Verdict::Fair,
        Verdict::Strong,
        Verdict::TooLong,
        Verdict::Reused,
    ] {
        assert_eq!(serde_json::to_value(v).unwrap(), v.code());
    }
}

const ALL_ZXCVBN_SUGGESTIONS: [ZSuggestion; 13] = [
    ZSuggestion::UseAFewWordsAvoidCommonPhrases,
    ZSuggestion::NoNeedForSymbolsDigitsOrUppercaseLetters,
    ZSuggestion::AddAnotherWordOrTwo,
    ZSuggestion::CapitalizationDoesntHelpVeryMuch,
    ZSuggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase,
    ZSuggestion::ReversedWordsArentMuchHarderToGuess,
    ZSuggestion::PredictableSubstitutionsDontHelpVeryMuch,
    ZSuggestion::UseALongerKeyboardPatternWithMoreTurns,
    ZSuggestion::AvoidRepeatedWordsAndCharacters,
    ZSuggestion::AvoidSequences,
    ZSuggestion::AvoidRecentYears,
    ZSuggestion::AvoidYearsThatAreAssociatedWithYou,
    ZSuggestion::AvoidDatesAndYearsThatAreAssociatedWithYou,
];

#[test]
fn every_zxcvbn_suggestion_but_no_need_for_symbols_has_words_in_both_languages() {
    let mut codes = Vec::new();
    for s in ALL_ZXCVBN_SUGGESTIONS {
        match suggestion_code(s) {
            None => assert_eq!(s, ZSuggestion::NoNeedForSymbolsDigitsOrUppercaseLetters),
            Some(code) => codes.push(code),
        }
    }
    assert_eq!(codes, SUGGESTION_CODES, "one code per suggestion, in order");
    for lang in crate::Lang::ALL {
        let ids = crate::i18n::message_ids(lang);
        for code in SUGGESTION_CODES {
            assert!(
                ids.contains(&format!("pw-suggestion-{code}")),
                "{lang}: pw-suggestion-{code}"
            );
        }
    }
}

#[test]
fn no_need_for_symbols_is_dropped_even_when_zxcvbn_gives_it() {
    // zxcvbn's default feedback (an empty password has no match) carries the suggestion.
    let raw = zxcvbn::zxcvbn("", &[]);
    assert!(
        raw.feedback()
            .unwrap()
            .suggestions()
            .contains(&ZSuggestion::NoNeedForSymbolsDigitsOrUppercaseLetters),
        "zxcvbn no longer gives it here; find another input that does"
    );
    let a = verdict_of("");
    assert_eq!(a.verdict, Verdict::FailsRule);
    assert_eq!(a.suggestions, ["use_a_few_words"], "{a:?}");
}

#[test]
fn zxcvbn_suggestions_come_through_as_codes() {
    for (p, expected) in [
        (
            "abcdefgh",
            ["add_another_word", "avoid_sequences"].as_slice(),
        ),
        (
            "Drowssap1!",
            &["add_another_word", "capitalization", "reversed_words"],
        ),
        // Leaked: to be replaced, not extended (`with_leaked`).
        (
            "P@ssw0rd",
            &["use_a_few_words", "predictable_substitutions"],
        ),
        ("aaaaaaaa1A!", &["add_another_word", "avoid_repeats"]),
        ("Abcd@1234", &["add_another_word", "keyboard_pattern"]),
    ] {
        assert_eq!(verdict_of(p).suggestions, expected, "{p}");
    }
}

#[test]
fn every_weak_or_fair_verdict_says_what_to_do() {
    for p in [
        "Namdinh@2023",
        "Matkhau@123",
        "Nguyenvana@1990",
        "Admin@123",
        "QuangNam@2024",
        "P@ssw0rd",
        "Tphcm@2024",
        "xK9#mP2$vL7",
    ] {
        let a = verdict_of(p);
        assert!(
            matches!(a.verdict, Verdict::Weak | Verdict::Fair),
            "{p}: {a:?}"
        );
        assert!(!a.suggestions.is_empty(), "{p}: {a:?}");
        assert!(
            a.suggestions.iter().all(|s| SUGGESTION_CODES.contains(s)),
            "{p}: {a:?}"
        );
    }
}

#[test]
fn strong_passwords_get_no_suggestions_and_a_long_crack_time() {
    for p in [
        "Gio-Bien7-Xanh!Ngat",
        "xK9#mP2$vL7q",
        "correct-Horse-battery-staple-9",
    ] {
        let a = verdict_of(p);
        assert_eq!(a.verdict, Verdict::Strong, "{p}: {a:?}");
        assert!(a.suggestions.is_empty(), "{p}: {a:?}");
        assert!(
            matches!(
                a.crack_time,
                Some(CrackTime::Days(_) | CrackTime::Months(_) | CrackTime::Years(_))
                    | Some(CrackTime::Centuries)
            ),
            "{p}: {a:?}"
        );
    }
}

#[test]
fn crack_time_follows_zxcvbn_when_it_agrees_with_the_verdict() {
    // zxcvbn itself finds this weak (score < 3): its short time supports the verdict.
    let a = verdict_of("Admin@123");
    assert!(a.score < 3, "{a:?}");
    assert_eq!(
        a.crack_time,
        Some(CrackTime::from_guesses_log10(a.guesses_log10))
    );
    assert_eq!(
        verdict_of("123456").crack_time,
        Some(CrackTime::LessThanSecond)
    );
}

#[test]
fn crack_time_follows_the_vietnamese_model_when_it_is_lower() {
    // zxcvbn alone gives this 10^8 or more ("hours to days"); a cracker that knows Vietnamese
    // reaches it far sooner, and the time says so.
    let a = verdict_of("Namdinh@2023");
    assert_eq!(a.verdict, Verdict::Weak);
    let zxcvbn = zxcvbn::zxcvbn("Namdinh@2023", &[]).guesses_log10();
    assert!(a.guesses_log10 < zxcvbn - 1.0, "{a:?} vs zxcvbn {zxcvbn}");
    assert_eq!(
        a.crack_time,
        Some(CrackTime::from_guesses_log10(a.guesses_log10))
    );
}

#[test]
fn reused_or_too_long_passwords_have_no_crack_time() {
    let a = verdict_of("Gio-Bien7-Xanh!Ngat");
    assert!(a.crack_time.is_some());
    assert_eq!(with_reuse(a, 1).crack_time, None);
    let long = verdict_of(&"Aa1@".repeat(65));
    assert_eq!(long.crack_time, None);
    assert!(long.suggestions.is_empty());
}

#[test]
fn what_slipped_through_word_lists_is_weak_and_says_why() {
    for (p, why) in [
        // Two common words joined, words for work, family, thanks.
        ("Hanhphuc@2024", "vietnamese_words"),
        ("Giadinh#1368", "lucky_number"),
        ("CamOn@6868", "lucky_number"),
        // A name with separators and a date of birth.
        ("Tran.Van.Binh@1985", "name"),
        // A name with part of a phone number.
        ("Linh@5678", "name"),
        // Leet inside a Vietnamese word.
        ("H4nhPh0c@2023", "leet"),
        // A short number after a word.
        ("Baomat#12", "short_number"),
    ] {
        let a = verdict_of(p);
        assert!(a.meets_rule, "{p}");
        assert_eq!(a.verdict, Verdict::Weak, "{p}: {a:?}");
        assert!(a.warnings.contains(&why), "{p}: {why} in {a:?}");
        assert!(a.guesses_log10 < WEAK_BELOW_LOG10, "{p}: {a:?}");
    }
}

#[test]
fn five_random_syllables_with_one_separator_capital_and_digit_are_not_weak() {
    let syllables: Vec<&str> = include_str!("../../data/vi/syllables.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    let mut rng = XorShift(0x5e11_u64.wrapping_mul(2026));
    for _ in 0..300 {
        let words: Vec<&str> = (0..5)
            .map(|_| syllables[(rng.next() % syllables.len() as u64) as usize])
            .collect();
        let sep = rng.pick(b"-.#@!*_");
        let at = 1 + (rng.next() % 4) as usize;
        let mut p = String::new();
        for (i, w) in words.iter().enumerate() {
            if i == at {
                p.push(sep);
            }
            p.push_str(w);
        }
        p[..1].make_ascii_uppercase();
        p.push(rng.pick(b"0123456789"));
        let a = verdict_of(&p);
        assert!(a.meets_rule, "{p}");
        assert_ne!(a.verdict, Verdict::Weak, "{p}: {a:?}");
    }
}

#[test]
fn the_generators_own_passphrases_are_never_weak() {
    use super::super::generate::{self, Mode};
    let profile = Profile::embedded();
    let agency = agency_words(&profile);
    for _ in 0..100 {
        let g = generate::generate(
            &profile.password_rule,
            &agency,
            Mode::Syllables,
            generate::DEFAULT_MIN_BITS,
        )
        .unwrap();
        let a = verdict_of(&g.password);
        assert_eq!(a.verdict, Verdict::Strong, "{a:?}");
    }
}

/// zxcvbn's first answer for each piece, given again every time: zxcvbn 3.1.1
/// can score the same piece differently from one call to the next, and the paths compared must
/// see the same answers.
fn stable_zxcvbn(piece: &str, inputs: &[&str]) -> PieceView {
    type Answers = Mutex<HashMap<(String, Vec<String>), PieceView>>;
    static FIRST_ANSWERS: std::sync::OnceLock<Answers> = std::sync::OnceLock::new();
    let key = (
        piece.to_owned(),
        inputs.iter().map(|s| s.to_string()).collect(),
    );
    let answers = FIRST_ANSWERS.get_or_init(Answers::default);
    if let Some(v) = answers.lock().unwrap().get(&key) {
        return v.clone();
    }
    let v = PieceView::of(piece, inputs);
    answers.lock().unwrap().entry(key).or_insert(v).clone()
}

/// What `assess` does, over the stable zxcvbn.
fn stopping_early(
    password: &str,
    toneless: Option<&str>,
    inputs: &[&str],
    bound: f64,
) -> Option<ZxcvbnView> {
    zxcvbn_lowest_with(password, toneless, inputs, bound, stable_zxcvbn)
}

/// zxcvbn as `assess` used it before it learned to stop early: every piece of both forms
/// scored, nothing shared, the lower total (the typed one on a tie).
fn every_piece_of_both_forms(
    password: &str,
    toneless: Option<&str>,
    inputs: &[&str],
    _bound: f64,
) -> Option<ZxcvbnView> {
    let whole = |form: &str| {
        let mut view = ZxcvbnView::default();
        for piece in pieces(form) {
            view.add(&stable_zxcvbn(piece, inputs));
        }
        view
    };
    let raw = whole(password);
    Some(match toneless.map(whole) {
        Some(t) if t.guesses_log10 < raw.guesses_log10 => t,
        _ => raw,
    })
}

/// Every password of the benchmark sets, the adversarial shapes, and variants that fail the
/// rule, are short, or meet the user's own details.
fn shortcut_corpus() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let lines = |text: &'static str| {
        text.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.rsplit('\t').next().unwrap_or(l).to_owned())
            .collect::<Vec<_>>()
    };
    out.extend(lines(include_str!(
        "../../benches/data/realistic-passwords.txt"
    )));
    out.extend(lines(include_str!("../../benches/data/vi-heldout.txt")));
    out.extend(lines(include_str!("../../benches/data/vi-tuning.txt")));
    let soup = "4@8({[</369&#!1/|0$5+7%2/";
    for len in [25, 100, 256] {
        out.push(soup.chars().cycle().take(len).collect());
        out.push("A@B#C$".chars().cycle().take(len).collect());
        out.push("ab".repeat(len / 2));
        out.push("Nguyen.Van.An-".chars().cycle().take(len).collect());
    }
    let variants: Vec<String> = out
        .iter()
        .take(300)
        .flat_map(|p| {
            [
                p.to_lowercase(),
                p.to_uppercase(),
                p.chars().take(11).collect(),
                format!("{p} Lê Ánh 1992"),
            ]
        })
        .collect();
    out.extend(variants);
    out
}

#[test]
fn stopping_zxcvbn_early_never_changes_what_the_assessment_says() {
    let profile = Profile::embedded();
    let agency = agency_words(&profile);
    let rule = &profile.password_rule;
    let nobody = PersonalInputs::default();
    let someone = PersonalInputs {
        values: vec![
            Zeroizing::new("Lê Thị Ngọc Ánh".into()),
            Zeroizing::new("19/07/1992".into()),
        ],
    };
    let corpus = shortcut_corpus();
    assert!(corpus.len() > 3000, "{}", corpus.len());
    let mut strong = 0;
    for (i, p) in corpus.iter().enumerate() {
        // The user's details on every fourth password: they change the model and zxcvbn alike.
        let personal = if i % 4 == 0 { &someone } else { &nobody };
        let full = assess_with(p, rule, &agency, personal, every_piece_of_both_forms);
        let shortcut = assess_with(p, rule, &agency, personal, stopping_early);
        assert_eq!(shortcut, full, "password #{i}");
        if full.verdict == Verdict::Strong {
            strong += 1;
        }
    }
    // The shortcut only ever applies to strong verdicts; the corpus must hold many of them.
    assert!(strong > 300, "{strong} strong verdicts");
}
