//! A unit's public information (see `lotsen_domain::public_page`): read by anyone through the
//! public pages, written by the unit's admin.
use lotsen_domain::ids::UnitId;
use lotsen_domain::public_page::PublicInfo;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

use crate::entity::unit_public;
use crate::{Result, Store, Tx};

fn info(m: unit_public::Model) -> PublicInfo {
    PublicInfo {
        about_sv: m.about_sv,
        about_en: m.about_en,
        about_ar: m.about_ar,
        phone: m.phone,
        email: m.email,
        address: m.address,
        controller: m.controller,
        dpo: m.dpo,
        accessibility_contact: m.accessibility_contact,
        accessibility_issues: m.accessibility_issues,
        reviewed_on: m.reviewed_on,
    }
}

impl Store {
    /// What unit `unit_id` tells the public; empty until its admin writes it.
    pub async fn unit_public(&self, unit_id: UnitId) -> Result<PublicInfo> {
        Ok(unit_public::Entity::find_by_id(unit_id).one(self.conn()).await?.map(info).unwrap_or_default())
    }
}

impl Tx {
    /// Replaces what unit `unit_id` tells the public.
    pub async fn set_unit_public(&self, unit_id: UnitId, p: &PublicInfo) -> Result<()> {
        let exists = unit_public::Entity::find_by_id(unit_id).one(self.conn()).await?.is_some();
        let m = unit_public::ActiveModel {
            unit_id: Set(unit_id),
            about_sv: Set(p.about_sv.clone()),
            about_en: Set(p.about_en.clone()),
            about_ar: Set(p.about_ar.clone()),
            phone: Set(p.phone.clone()),
            email: Set(p.email.clone()),
            address: Set(p.address.clone()),
            controller: Set(p.controller.clone()),
            dpo: Set(p.dpo.clone()),
            accessibility_contact: Set(p.accessibility_contact.clone()),
            accessibility_issues: Set(p.accessibility_issues.clone()),
            reviewed_on: Set(p.reviewed_on),
            updated_at: Set(self.now()),
        };
        if exists {
            m.update(self.conn()).await?;
        } else {
            m.insert(self.conn()).await?;
        }
        Ok(())
    }
}
