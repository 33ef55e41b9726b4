use super::*;

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[test]
fn the_embedded_default_needs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Overrides { data_dir: Some(dir.path().into()), ..Default::default() };
    let c = Config::load(&cli, &env(&[])).unwrap();
    assert!(c.embedded);
    assert_eq!(c.bind.to_string(), "127.0.0.1:8080");
    assert_eq!(c.base_url, "http://127.0.0.1:8080");
    assert!(c.database_url.expose().ends_with("lotsen.db?mode=rwc"));
    assert!(c.secret_key.is_none());
}

#[test]
fn postgres_requires_a_shared_secret() {
    let errs = Config::load(&Overrides::default(), &env(&[("LOTSEN_DATABASE_URL", "postgres://x@h/db")])).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(errs[0].contains("secret key is required"));
}

#[test]
fn every_error_gets_its_own_line() {
    let e = env(&[
        ("LOTSEN_DATABASE_URL", "mysql://x"),
        ("LOTSEN_BIND", "localhost"),
        ("LOTSEN_BASE_URL", "ftp://x"),
        ("LOTSEN_SECRET_KEY", "short"),
        ("LOTSEN_LOG_FORMAT", "xml"),
    ]);
    let errs = Config::load(&Overrides::default(), &e).unwrap_err();
    assert_eq!(errs.len(), 5, "{errs:#?}");
    assert!(errs.iter().all(|l| !l.contains('\n')));
}

#[test]
fn layers_apply_in_order_and_unknown_variables_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lotsen.toml");
    std::fs::write(
        &file,
        "bind = \"127.0.0.1:9000\"\nlog_format = \"json\"\nsecret_key = \"0123456789abcdef0123456789abcdef\"\n",
    )
    .unwrap();
    let cli = Overrides { config: Some(file.clone()), ..Default::default() };
    let c = Config::load(&cli, &env(&[("LOTSEN_BIND", "127.0.0.1:9100"), ("LOTSEN_BINDD", "x")])).unwrap();
    assert_eq!(c.bind.port(), 9100, "environment beats the file");
    assert_eq!(c.log_format, LogFormat::Json, "the file beats the default");
    assert!(c.warnings.iter().any(|w| w.contains("LOTSEN_BINDD")));
    let cli = Overrides { config: Some(file), bind: Some("127.0.0.1:9200".into()), ..Default::default() };
    assert_eq!(
        Config::load(&cli, &env(&[("LOTSEN_BIND", "127.0.0.1:9100")])).unwrap().bind.port(),
        9200,
        "flags beat all"
    );
}

#[test]
fn unknown_keys_in_the_file_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lotsen.toml");
    std::fs::write(&file, "databse_url = \"x\"\n").unwrap();
    let errs = Config::load(&Overrides { config: Some(file), ..Default::default() }, &env(&[])).unwrap_err();
    assert!(errs[0].contains("databse_url"), "{errs:?}");
}

#[test]
fn secrets_do_not_print() {
    assert_eq!(format!("{:?}", Secret("hunter2".into())), "Secret(***)");
    assert_eq!(redact_url("postgres://lotsen:pw@db:5432/lotsen"), "postgres://lotsen:***@db:5432/lotsen");
    assert_eq!(redact_url("postgres://lotsen@db/lotsen"), "postgres://lotsen@db/lotsen");
}

#[test]
fn trusted_proxies_are_counted_and_the_old_switch_means_one() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Overrides { data_dir: Some(dir.path().into()), ..Default::default() };
    assert_eq!(Config::load(&cli, &env(&[])).unwrap().trusted_proxies, 0);
    assert_eq!(Config::load(&cli, &env(&[("LOTSEN_TRUSTED_PROXIES", "2")])).unwrap().trusted_proxies, 2);
    let old = Config::load(&cli, &env(&[("LOTSEN_TRUST_PROXY", "true")])).unwrap();
    assert_eq!(old.trusted_proxies, 1);
    assert!(old.warnings.iter().any(|w| w.contains("LOTSEN_TRUSTED_PROXIES=1")));
    for bad in ["many", "-1", "11"] {
        let errs = Config::load(&cli, &env(&[("LOTSEN_TRUSTED_PROXIES", bad)])).unwrap_err();
        assert!(errs[0].contains("LOTSEN_TRUSTED_PROXIES"), "{bad}: {errs:?}");
    }
}

#[test]
fn metrics_are_off_without_a_long_enough_token() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Overrides { data_dir: Some(dir.path().into()), ..Default::default() };
    assert!(Config::load(&cli, &env(&[])).unwrap().metrics_token.is_none());
    let on = Config::load(&cli, &env(&[("LOTSEN_METRICS_TOKEN", "0123456789abcdef01234567")])).unwrap();
    assert_eq!(on.metrics_token.as_ref().map(Secret::expose), Some("0123456789abcdef01234567"));
    assert!(!format!("{:?}", on.describe()).contains("0123456789abcdef"), "the token is never printed");
    let errs = Config::load(&cli, &env(&[("LOTSEN_METRICS_TOKEN", "short")])).unwrap_err();
    assert!(errs[0].contains("metrics token"));
}

#[test]
fn admins_need_a_second_factor_unless_a_trial_says_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Overrides { data_dir: Some(dir.path().into()), ..Default::default() };
    assert!(Config::load(&cli, &env(&[])).unwrap().admin_two_factor);
    assert!(Config::load(&cli, &env(&[("LOTSEN_ADMIN_TWO_FACTOR", "required")])).unwrap().admin_two_factor);
    let trial = Config::load(&cli, &env(&[("LOTSEN_ADMIN_TWO_FACTOR", "optional")])).unwrap();
    assert!(!trial.admin_two_factor);
    assert!(trial.warnings.iter().any(|w| w.contains("admin_two_factor is optional")), "{:?}", trial.warnings);
    let errs = Config::load(&cli, &env(&[("LOTSEN_ADMIN_TWO_FACTOR", "off")])).unwrap_err();
    assert!(errs[0].contains("admin_two_factor \"off\" is unknown"), "{errs:?}");
}

#[test]
fn mail_needs_an_encrypted_server_and_a_sender() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Overrides { data_dir: Some(dir.path().into()), ..Default::default() };
    assert!(Config::load(&cli, &env(&[])).unwrap().mail.is_none());
    let on = Config::load(
        &cli,
        &env(&[
            ("LOTSEN_SMTP_URL", "smtp://lotsen:hemligt@mail.kommun.se:587"),
            ("LOTSEN_MAIL_FROM", "Råd och stöd <rs@kommun.se>"),
        ]),
    )
    .unwrap();
    assert_eq!(on.mail.as_ref().unwrap().from, "Råd och stöd <rs@kommun.se>");
    let described = format!("{:?}", on.describe());
    assert!(
        described.contains("smtp://lotsen:***@mail.kommun.se:587") && !described.contains("hemligt"),
        "{described}"
    );

    let errs =
        Config::load(&cli, &env(&[("LOTSEN_SMTP_URL", "http://mail.kommun.se"), ("LOTSEN_MAIL_FROM", "rs@kommun.se")]))
            .unwrap_err();
    assert!(errs[0].contains("smtp:// (STARTTLS"), "{errs:?}");
    let errs = Config::load(&cli, &env(&[("LOTSEN_SMTP_URL", "smtp://mail.kommun.se")])).unwrap_err();
    assert!(errs[0].contains("mail_from (LOTSEN_MAIL_FROM) is needed"), "{errs:?}");
    let errs =
        Config::load(&cli, &env(&[("LOTSEN_SMTP_URL", "smtp://mail.kommun.se"), ("LOTSEN_MAIL_FROM", "not a sender")]))
            .unwrap_err();
    assert!(errs[0].contains("is not an e-mail sender"), "{errs:?}");
    let missing = dir.path().join("none.pem");
    let errs = Config::load(
        &cli,
        &env(&[
            ("LOTSEN_SMTP_URL", "smtp://mail.kommun.se"),
            ("LOTSEN_MAIL_FROM", "rs@kommun.se"),
            ("LOTSEN_SMTP_CA_FILE", missing.to_str().unwrap()),
        ]),
    )
    .unwrap_err();
    assert!(errs[0].contains("cannot be read"), "{errs:?}");
    let errs = Config::load(&cli, &env(&[("LOTSEN_MAIL_FROM", "rs@kommun.se")])).unwrap_err();
    assert!(errs[0].contains("need smtp_url"), "{errs:?}");
}

#[test]
fn sms_needs_an_https_gateway_a_token_and_a_short_sender() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Overrides { data_dir: Some(dir.path().into()), ..Default::default() };
    assert!(Config::load(&cli, &env(&[])).unwrap().sms.is_none());
    let on = Config::load(
        &cli,
        &env(&[("LOTSEN_SMS_URL", "https://sms.example.se/v1/messages"), ("LOTSEN_SMS_TOKEN", "t0ken-secret")]),
    )
    .unwrap();
    let sms = on.sms.as_ref().unwrap();
    assert_eq!(sms.from, "Lotsen");
    assert!(!format!("{:?}", on.describe()).contains("t0ken-secret"), "the token is never printed");
    let local = Config::load(&cli, &env(&[("LOTSEN_SMS_URL", "http://127.0.0.1:9000/sms"), ("LOTSEN_SMS_TOKEN", "t")]));
    assert!(local.is_ok(), "plain http to this machine (a local relay, the tests' stub)");
    for (vars, says) in [
        (vec![("LOTSEN_SMS_URL", "http://sms.example.se"), ("LOTSEN_SMS_TOKEN", "t")], "must start with https://"),
        (vec![("LOTSEN_SMS_URL", "https://sms.example.se")], "sms_token (LOTSEN_SMS_TOKEN) is needed"),
        (
            vec![
                ("LOTSEN_SMS_URL", "https://sms.example.se"),
                ("LOTSEN_SMS_TOKEN", "t"),
                ("LOTSEN_SMS_FROM", "Råd och stöd"),
            ],
            "must be 1-11 letters and digits",
        ),
        (vec![("LOTSEN_SMS_TOKEN", "t")], "need sms_url"),
    ] {
        let errs = Config::load(&cli, &env(&vars)).unwrap_err();
        assert!(errs[0].contains(says), "{vars:?}: {errs:?}");
    }
}
