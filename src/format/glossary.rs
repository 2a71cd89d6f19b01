//! The agreement's glossary as offered before the team rewrites it: each term's name and a
//! definition in plain words (after `seeds/000_…`, whose wording is machine-reworded: its
//! "Guide Rating" is the lead score, its "Link Attempt" a connect attempt).

use super::text::Language;
use crate::engine::Term;

impl Language {
    pub fn term_name(self, term: Term) -> &'static str {
        match (self, term) {
            (Language::English, Term::IdealCustomerProfile) => "Ideal customer profile",
            (Language::English, Term::BuyerPersonas) => "Buyer personas",
            (Language::English, Term::BuyersJourney) => "Buyer’s journey",
            (Language::English, Term::Subscriber) => "Subscriber",
            (Language::English, Term::Lead) => "Lead",
            (Language::English, Term::Mql) => "Marketing qualified lead (MQL)",
            (Language::English, Term::Sql) => "Sales qualified lead (SQL)",
            (Language::English, Term::Opportunity) => "Opportunity",
            (Language::English, Term::Customer) => "Customer",
            (Language::English, Term::LeadType) => "Lead type",
            (Language::English, Term::DealStages) => "Deal stages",
            (Language::English, Term::LeadStatus) => "Lead status",
            (Language::English, Term::LeadScore) => "Lead score",
            (Language::English, Term::ConnectAttempt) => "Connect attempt",
        }
    }

    /// The definition a term starts with; the lifecycle stages say which team owns them.
    pub fn term_definition(self, term: Term) -> &'static str {
        match (self, term) {
            (Language::English, Term::IdealCustomerProfile) => {
                "The companies we serve best: their industry, size, region and the problem we \
                 solve for them. Marketing targets them; sales qualifies against this profile."
            }
            (Language::English, Term::BuyerPersonas) => {
                "The people at those companies who research, influence and sign the purchase: \
                 their role, goals and objections."
            }
            (Language::English, Term::BuyersJourney) => {
                "The stages a buyer goes through (awareness, consideration, decision) and what \
                 each stage needs from us."
            }
            (Language::English, Term::Subscriber) => {
                "Someone who asked to hear from us (blog, newsletter) but has shown no interest \
                 in buying yet. Owner: marketing."
            }
            (Language::English, Term::Lead) => {
                "A contact who has shown interest (a form, a download, an event) and is not yet \
                 qualified. Owner: marketing."
            }
            (Language::English, Term::Mql) => {
                "A lead that fits the ideal customer profile and has reached the agreed lead \
                 score: marketing hands it to sales. Owner: marketing."
            }
            (Language::English, Term::Sql) => {
                "An MQL that sales has accepted after a first conversation: a need, a budget and \
                 someone who can decide. Owner: sales."
            }
            (Language::English, Term::Opportunity) => {
                "A qualified lead with an open deal: a meeting booked or a quote sent. Owner: \
                 sales."
            }
            (Language::English, Term::Customer) => {
                "A contact whose deal was closed and won. Owner: sales."
            }
            (Language::English, Term::LeadType) => {
                "The kind of lead, where their paths differ: a new prospect or an existing \
                 customer, a product sale or a service renewal."
            }
            (Language::English, Term::DealStages) => {
                "The steps of an open deal in the CRM (meeting booked, quote sent, closed won, \
                 closed lost, on hold), so marketing sees what became of its leads."
            }
            (Language::English, Term::LeadStatus) => {
                "Where a lead stands with sales: new, attempting to contact, connected, or \
                 returned to marketing as not ready."
            }
            (Language::English, Term::LeadScore) => {
                "Points a lead earns for fitting the profile and for what it does (visits, \
                 downloads, replies); at the agreed threshold it becomes an MQL."
            }
            (Language::English, Term::ConnectAttempt) => {
                "What counts as sales trying to reach a lead (a call, a personal email or \
                 message) and how many attempts, over how many days, come before the lead is \
                 returned."
            }
        }
    }
}
