//! The terms a marketing–sales SLA defines: the glossary both teams agree on before they sign
//! (the seeds' list: the ideal customer, the buyers, the lifecycle stages and how leads move).

/// A term of the agreement's glossary, in the order the agreement lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    IdealCustomerProfile,
    BuyerPersonas,
    BuyersJourney,
    Subscriber,
    Lead,
    Mql,
    Sql,
    Opportunity,
    Customer,
    LeadType,
    DealStages,
    LeadStatus,
    LeadScore,
    ConnectAttempt,
}

/// The longest definition kept: a paragraph, not a document.
pub const MAX_DEFINITION: usize = 1_000;

impl Term {
    pub const ALL: [Term; 14] = [
        Term::IdealCustomerProfile,
        Term::BuyerPersonas,
        Term::BuyersJourney,
        Term::Subscriber,
        Term::Lead,
        Term::Mql,
        Term::Sql,
        Term::Opportunity,
        Term::Customer,
        Term::LeadType,
        Term::DealStages,
        Term::LeadStatus,
        Term::LeadScore,
        Term::ConnectAttempt,
    ];

    /// A stable id for stored records and element ids; never shown.
    pub fn code(self) -> &'static str {
        match self {
            Term::IdealCustomerProfile => "icp",
            Term::BuyerPersonas => "personas",
            Term::BuyersJourney => "journey",
            Term::Subscriber => "subscriber",
            Term::Lead => "lead",
            Term::Mql => "mql",
            Term::Sql => "sql",
            Term::Opportunity => "opportunity",
            Term::Customer => "customer",
            Term::LeadType => "lead-type",
            Term::DealStages => "deal-stages",
            Term::LeadStatus => "lead-status",
            Term::LeadScore => "lead-score",
            Term::ConnectAttempt => "connect-attempt",
        }
    }

    pub fn from_code(code: &str) -> Option<Term> {
        Term::ALL.into_iter().find(|t| t.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_its_term_and_no_two_are_alike() {
        for term in Term::ALL {
            assert_eq!(Term::from_code(term.code()), Some(term));
        }
        let mut codes: Vec<_> = Term::ALL.iter().map(|t| t.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Term::ALL.len());
        assert_eq!(Term::from_code("ICP"), None);
    }
}
