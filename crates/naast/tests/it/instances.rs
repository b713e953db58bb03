//! Several instances on one database behave as one service.

use crate::harness::*;

#[tokio::test]
async fn two_instances_share_sessions_signing_in_through_one_and_continuing_through_the_other() {
    for store in Store::all().await {
        let a = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        let (c, _) = first_coordinator(&a, "cor@naast.example").await;
        let b = Server::start(&store, &[("NAAST_RATE_LIMITS", "off")]);
        assert!(
            b.setup_link.is_none(),
            "a coordinator exists: no new set-up link"
        );
        // Cookies are per host, not per port: the browser sends A's session cookie to B.
        let (status, _) = get(&c, &format!("{}/admin", b.url)).await;
        assert_eq!(
            status, 200,
            "{}: the session made on A is valid on B",
            store.label
        );
        let (_, form) = get(&c, &format!("{}/admin/tenants/new", b.url)).await;
        let res = post(
            &c,
            &format!("{}/admin/tenants", b.url),
            &form,
            &[("name", "Maasdal"), ("slug", "maasdal"), ("areas", "wmo")],
        )
        .await;
        assert_eq!(location(&res), "/admin/tenants/maasdal?saved=1");
        let (_, list) = get(&c, &format!("{}/admin/tenants", a.url)).await;
        assert!(
            list.contains("Maasdal"),
            "{}: A sees what was saved through B",
            store.label
        );
        // Signing out through B ends the session on A too.
        let (_, page) = get(&c, &format!("{}/admin", b.url)).await;
        let res = post(&c, &format!("{}/logout", b.url), &page, &[]).await;
        assert_eq!(location(&res), "/login");
        let (status, _) = get(&c, &format!("{}/admin", a.url)).await;
        assert_eq!(status, 303);
    }
}

#[tokio::test]
async fn every_start_without_users_prints_a_new_link_that_voids_the_previous_one() {
    let store = Store::sqlite();
    let first = Server::start(&store, &[]);
    let link1 = first.setup_link.clone().unwrap();
    assert_eq!(first.stop(), 0);
    let second = Server::start(&store, &[]);
    let link2 = second.setup_link.clone().unwrap();
    assert_ne!(link1, link2);
    let link1_on_second = format!("{}{}", second.url, &link1[link1.find("/setup/").unwrap()..]);
    let (status, _) = get(&browser(), &link1_on_second).await;
    assert_eq!(status, 422, "the earlier link no longer works");
    let (status, _) = get(&browser(), &link2).await;
    assert_eq!(status, 200);
}
