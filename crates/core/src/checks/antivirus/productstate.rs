//! Security Center's `productState`, an undocumented packed integer, decoded with the nibble
//! masks that agree with real Defender samples (`../shared/reference/machine-checks.md` A2).
//!
//! Byte-wise decoders read Defender's healthy `0x061100` as "snoozed": never split by bytes.

use serde::Serialize;

/// `0x0000F000`: whether the product is on.
const STATE_MASK: u32 = 0xF000;
/// `0x00000F00`: 0x100 when Microsoft owns the product.
const OWNER_MASK: u32 = 0x0F00;
/// `0x000000F0`: 0x10 when the signatures are out of date.
const SIGNATURE_MASK: u32 = 0x00F0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WscState {
    Off,
    On,
    Snoozed,
    Expired,
    /// A state value no source documents.
    Unknown,
}

impl WscState {
    pub fn code(self) -> &'static str {
        match self {
            WscState::Off => "off",
            WscState::On => "on",
            WscState::Snoozed => "snoozed",
            WscState::Expired => "expired",
            WscState::Unknown => "unknown",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProductState {
    pub state: WscState,
    /// Microsoft's own product (Defender) rather than a third party's.
    pub microsoft: bool,
    pub signatures_up_to_date: bool,
}

impl ProductState {
    pub fn decode(value: u32) -> Self {
        let state = match value & STATE_MASK {
            0x0000 => WscState::Off,
            0x1000 => WscState::On,
            0x2000 => WscState::Snoozed,
            0x3000 => WscState::Expired,
            _ => WscState::Unknown,
        };
        Self {
            state,
            microsoft: value & OWNER_MASK == 0x0100,
            signatures_up_to_date: value & SIGNATURE_MASK == 0x0000,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(value: u32) -> (WscState, bool, bool) {
        let s = ProductState::decode(value);
        (s.state, s.microsoft, s.signatures_up_to_date)
    }

    /// Every worked example of the reference table (A2), decoded with the masks.
    #[test]
    fn the_reference_table_decodes_as_documented() {
        use WscState::*;
        assert_eq!(decoded(266_240), (On, false, true), "Trend Micro 0x041000");
        assert_eq!(decoded(266_256), (On, false, false), "0x041010 out of date");
        assert_eq!(decoded(262_144), (Off, false, true), "0x040000 off");
        assert_eq!(decoded(331_776), (On, false, true), "Sophos 0x051000");
        assert_eq!(decoded(397_312), (On, false, true), "Cylance 0x061000");
        assert_eq!(
            decoded(397_568),
            (On, true, true),
            "Defender active 0x061100"
        );
        assert_eq!(
            decoded(393_472),
            (Off, true, true),
            "Defender stood down 0x060100"
        );
        assert_eq!(
            decoded(397_584),
            (On, true, false),
            "Defender out of date 0x061110"
        );
        assert_eq!(
            decoded(401_664),
            (Snoozed, true, true),
            "Defender snoozed 0x062100"
        );
    }

    #[test]
    fn healthy_defender_is_not_read_byte_wise_as_snoozed() {
        // The middle byte of 0x061100 is 0x11, which the old byte-wise reading calls snoozed.
        assert_eq!(ProductState::decode(0x0006_1100).state, WscState::On);
    }

    #[test]
    fn expired_and_undocumented_states() {
        assert_eq!(ProductState::decode(0x0004_3000).state, WscState::Expired);
        assert_eq!(ProductState::decode(0x0004_7000).state, WscState::Unknown);
    }
}
