//! How long a sign-in waits after failed ones. Instead of locking an account (which anyone who
//! knows a colleague's user name could do on purpose), every failure makes the next attempt wait
//! a little longer, counted three ways: this account from this address (a guesser at one
//! account), the account from anywhere (a guesser spread over many addresses), and the address for
//! any account (a guesser trying many accounts). The first few failures cost nothing, so a
//! person who mistypes is never slowed; a guesser is down to a handful of tries an hour.

/// Failures older than this are forgotten.
pub const WINDOW_SECS: i64 = 15 * 60;

/// Failed attempts of one kind within the window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    pub count: u64,
    /// When the latest of them was made (Unix seconds).
    pub last_at: Option<i64>,
}

/// The failures that weigh on one attempt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pressure {
    /// This account from this address.
    pub pair: Failures,
    /// This account from any address.
    pub account: Failures,
    /// This address, any account.
    pub address: Failures,
}

/// A delay that doubles with each failure past `free`, from `first` seconds up to `cap`.
struct Rule {
    free: u64,
    first: i64,
    cap: i64,
}

impl Rule {
    fn delay(&self, count: u64) -> i64 {
        if count < self.free {
            return 0;
        }
        let doublings = u32::try_from(count - self.free).unwrap_or(u32::MAX).min(20);
        self.first.saturating_mul(1_i64 << doublings).min(self.cap)
    }
}

/// Three free tries at one account from one place, then 2 s, 4 s, 8 s … up to 15 minutes.
const PAIR: Rule = Rule { free: 3, first: 2, cap: 15 * 60 };
/// An account guessed at from many places: after ten failures 1 s, 2 s … never more than a
/// minute, so its owner is slowed, not shut out.
const ACCOUNT: Rule = Rule { free: 10, first: 1, cap: 60 };
/// An address that guesses at many accounts: twenty free (a shared office network), then 2 s, 4 s …
const ADDRESS: Rule = Rule { free: 20, first: 2, cap: 15 * 60 };

/// Seconds an address must still wait at `now` after `f` failures from it of any kind (the rule
/// for many accounts tried from one place; for guessing at residents' case codes, whose own
/// lock weighs each code).
pub fn address_wait_secs(f: &Failures, now: i64) -> i64 {
    f.last_at.map_or(0, |last| (last + ADDRESS.delay(f.count) - now).max(0))
}

/// Seconds the attempt made at `now` must still wait (0: go ahead).
pub fn wait_secs(p: &Pressure, now: i64) -> i64 {
    [(PAIR, p.pair), (ACCOUNT, p.account), (ADDRESS, p.address)]
        .iter()
        .map(|(rule, f)| match f.last_at {
            Some(last) => (last + rule.delay(f.count) - now).max(0),
            None => 0,
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(count: u64, last_at: i64) -> Failures {
        Failures { count, last_at: Some(last_at) }
    }

    #[test]
    fn a_few_mistakes_cost_nothing() {
        let p = Pressure { pair: at(2, 100), account: at(2, 100), address: at(2, 100) };
        assert_eq!(wait_secs(&p, 100), 0);
    }

    #[test]
    fn guessing_at_one_account_waits_longer_each_time() {
        let waits: Vec<i64> =
            (3..=14).map(|n| wait_secs(&Pressure { pair: at(n, 0), ..Default::default() }, 0)).collect();
        assert_eq!(waits[..5], [2, 4, 8, 16, 32]);
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(*waits.last().unwrap(), 15 * 60);
        // Time passing lets the attempt through.
        assert_eq!(wait_secs(&Pressure { pair: at(4, 0), ..Default::default() }, 4), 0);
    }

    #[test]
    fn an_account_under_attack_from_everywhere_is_slowed_never_locked() {
        let p = Pressure { account: at(10_000, 0), ..Default::default() };
        assert_eq!(wait_secs(&p, 0), 60);
        assert_eq!(wait_secs(&p, 60), 0);
    }

    #[test]
    fn an_address_guessing_many_accounts_is_slowed() {
        assert_eq!(wait_secs(&Pressure { address: at(19, 0), ..Default::default() }, 0), 0);
        assert_eq!(wait_secs(&Pressure { address: at(20, 0), ..Default::default() }, 0), 2);
        assert_eq!(wait_secs(&Pressure { address: at(u64::MAX, 0), ..Default::default() }, 0), 15 * 60);
    }
}
