//! The directory of the city's support as staff and residents read it: one shared reading of the
//! whole directory ([`cache`]), when a service is open ([`opening`]), the languages it is given in
//! ([`languages`]) and the services to suggest on a case ([`suggest`]).
pub mod cache;
pub mod languages;
pub mod opening;
pub mod own;
pub mod suggest;
