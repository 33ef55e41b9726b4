//! The start page after signing in.
use askama::Template;
use askama_web::WebTemplate;

use crate::auth::Staff;
use crate::pages::Chrome;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    c: Chrome,
    name: String,
    unit: String,
}

pub async fn show(c: Chrome, Staff(actor): Staff) -> HomePage {
    HomePage { c, name: actor.display_name, unit: actor.unit_name }
}
