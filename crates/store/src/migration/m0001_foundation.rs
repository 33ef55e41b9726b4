//! Units, staff accounts, sessions, sign-in throttling, the one-time setup link and the audit log.
use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    Name,
    ThemePrimary,
    FontScale,
    Logo,
    LogoType,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    UnitId,
    Username,
    DisplayName,
    Role,
    PasswordHash,
    Disabled,
    CreatedAt,
    PasswordChangedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    Id,
    Username,
    Ip,
    At,
}

#[derive(DeriveIden)]
enum SetupTokens {
    Table,
    TokenHash,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    ActorName,
    UnitId,
    Action,
    RecordType,
    RecordId,
    Detail,
    Ip,
    PrevHash,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Units::Table)
                .col(big_pk_auto(Units::Id))
                .col(string(Units::Name))
                .col(string(Units::ThemePrimary).default("#1a5c8e"))
                .col(integer(Units::FontScale).default(100))
                .col(blob_null(Units::Logo))
                .col(string_null(Units::LogoType))
                .col(big_integer(Units::CreatedAt))
                .col(big_integer(Units::UpdatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(big_pk_auto(Users::Id))
                .col(big_integer(Users::UnitId))
                .col(string_uniq(Users::Username))
                .col(string(Users::DisplayName))
                .col(string(Users::Role))
                .col(string(Users::PasswordHash))
                .col(boolean(Users::Disabled).default(false))
                .col(big_integer(Users::CreatedAt))
                .col(big_integer(Users::PasswordChangedAt))
                .foreign_key(ForeignKey::create().from(Users::Table, Users::UnitId).to(Units::Table, Units::Id))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("users_unit").table(Users::Table).col(Users::UnitId).to_owned()).await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string(Sessions::TokenHash).primary_key())
                .col(big_integer(Sessions::UserId))
                .col(big_integer(Sessions::CreatedAt))
                .col(big_integer(Sessions::LastSeenAt))
                .col(big_integer(Sessions::ExpiresAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("sessions_user").table(Sessions::Table).col(Sessions::UserId).to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table(LoginFailures::Table)
                .col(big_pk_auto(LoginFailures::Id))
                .col(string(LoginFailures::Username))
                .col(string(LoginFailures::Ip))
                .col(big_integer(LoginFailures::At))
                .to_owned(),
        )
        .await?;
        for (name, col) in [("login_failures_user", LoginFailures::Username), ("login_failures_ip", LoginFailures::Ip)]
        {
            m.create_index(
                Index::create().name(name).table(LoginFailures::Table).col(col).col(LoginFailures::At).to_owned(),
            )
            .await?;
        }

        m.create_table(
            Table::create()
                .table(SetupTokens::Table)
                .col(string(SetupTokens::TokenHash).primary_key())
                .col(big_integer(SetupTokens::ExpiresAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(big_integer(AuditLog::Id).primary_key())
                .col(string(AuditLog::At))
                .col(big_integer_null(AuditLog::ActorId))
                .col(string(AuditLog::ActorName))
                .col(big_integer_null(AuditLog::UnitId))
                .col(string(AuditLog::Action))
                .col(string(AuditLog::RecordType))
                .col(string(AuditLog::RecordId))
                .col(text(AuditLog::Detail))
                .col(string(AuditLog::Ip))
                .col(string(AuditLog::PrevHash))
                .col(string(AuditLog::Hash))
                .to_owned(),
        )
        .await?;
        let indexes: [(&str, Vec<AuditLog>); 4] = [
            ("audit_unit_at", vec![AuditLog::UnitId, AuditLog::At]),
            ("audit_actor", vec![AuditLog::ActorId, AuditLog::At]),
            ("audit_record", vec![AuditLog::RecordType, AuditLog::RecordId]),
            ("audit_action", vec![AuditLog::Action, AuditLog::At]),
        ];
        for (name, cols) in indexes {
            let mut idx = Index::create().name(name).table(AuditLog::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            m.create_index(idx).await?;
        }

        // The audit log is append-only at the database level too: an UPDATE or DELETE is refused
        // unless someone with owner rights drops the trigger first, and then the hash chain tells.
        let db = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Sqlite => {
                for op in ["UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER audit_log_no_{} BEFORE {op} ON audit_log \
                         BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
                        op.to_lowercase()
                    ))
                    .await?;
                }
            }
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
                )
                .await?;
                db.execute_unprepared(
                    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log \
                     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
                )
                .await?;
            }
            other => return Err(DbErr::Migration(format!("unsupported backend {other:?}"))),
        }
        Ok(())
    }
}
