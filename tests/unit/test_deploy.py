"""Static checks of deploy/ and the Dockerfile: valid YAML, the structure operators rely on, and
environment names that the service actually reads (no Docker or Kubernetes needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.config import Settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
METRICS_PORT = 9108
PARTITIONS = 6
ENV_NAME = re.compile(r"\bBULLETINS_[A-Z0-9_]+\b")
POD_LABELS = {"app.kubernetes.io/name": "bulletin-enricher"}


def _yaml(relative: str) -> Any:
    return yaml.safe_load((DEPLOY / relative).read_text(encoding="utf-8"))


def _compose() -> dict[str, Any]:
    return _yaml("compose.yaml")["services"]  # type: ignore[no-any-return]


def _k8s() -> dict[str, dict[str, Any]]:
    """The Kubernetes objects by kind (one of each kind here)."""
    objects: dict[str, dict[str, Any]] = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            assert doc["kind"] not in objects, f"two {doc['kind']} objects"
            objects[doc["kind"]] = doc
    return objects


def _container() -> dict[str, Any]:
    (container,) = _k8s()["Deployment"]["spec"]["template"]["spec"]["containers"]
    return container  # type: ignore[no-any-return]


def _deploy_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.is_file())


def test_every_deploy_file_parses() -> None:
    files = _deploy_files()
    assert len(files) >= 12
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix in {".yaml", ".yml"}:
            assert all(doc for doc in yaml.safe_load_all(text)), path
        elif path.suffix == ".json":
            assert json.loads(text), path
        else:
            pytest.fail(f"unexpected file in deploy/: {path}")


def test_compose_runs_the_whole_stack() -> None:
    services = _compose()
    assert set(services) == {"kafka", "topics", "enricher", "scraper", "prometheus", "grafana"}
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft, no ZooKeeper
    assert services["topics"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    create = services["topics"]["command"][0]
    for topic in ("bulletins.raw", "bulletins.enriched", "bulletins.dlq", "bulletins.duplicates"):
        assert topic in create
    assert f"--partitions {PARTITIONS}" in create
    # The duplicate index's changelog: one partition per input partition, compacted, kept for
    # the index's window.
    changelog = create[create.index("--topic bulletins.dedup-changelog") :]
    assert f"--partitions {PARTITIONS}" in changelog
    assert "--config cleanup.policy=compact,delete" in changelog
    window_ms = int(Settings.model_fields["dedup_window_s"].default * 1000)
    assert f"--config retention.ms={window_ms}" in changelog
    enricher = services["enricher"]
    assert enricher["deploy"]["replicas"] == 2
    assert enricher["command"] == ["run"]
    assert enricher["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert "bulletins produce" in services["scraper"]["command"][0]
    assert "9090:9090" in services["prometheus"]["ports"]
    assert "3000:3000" in services["grafana"]["ports"]


def test_compose_images_of_the_service_are_built_from_the_dockerfile() -> None:
    services = _compose()
    for name in ("enricher", "scraper"):
        assert services[name]["build"] == {"context": "..", "dockerfile": "Dockerfile"}
    assert (DEPLOY / services["enricher"]["build"]["context"] / "Dockerfile").is_file()


def test_compose_mounts_exist() -> None:
    mounted = []
    for service in _compose().values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                mounted.append(source)
                assert (DEPLOY / source).exists(), volume
    assert "../service/samples" in mounted  # what the scraper stand-in publishes


def test_the_metrics_port_agrees_everywhere() -> None:
    enricher_env = _compose()["enricher"]["environment"]
    assert int(enricher_env["BULLETINS_METRICS_PORT"]) == METRICS_PORT
    assert str(METRICS_PORT) in _compose()["enricher"]["expose"]
    (scrape,) = (
        job
        for job in _yaml("prometheus/prometheus.yml")["scrape_configs"]
        if job["job_name"] == "bulletin-enricher"
    )
    assert scrape["dns_sd_configs"][0] == {
        "names": ["enricher"],
        "type": "A",
        "port": METRICS_PORT,
        "refresh_interval": "15s",
    }
    objects = _k8s()
    assert int(objects["ConfigMap"]["data"]["BULLETINS_METRICS_PORT"]) == METRICS_PORT
    (port,) = _container()["ports"]
    assert (port["name"], port["containerPort"]) == ("metrics", METRICS_PORT)
    (service_port,) = objects["Service"]["spec"]["ports"]
    assert (service_port["port"], service_port["targetPort"]) == (METRICS_PORT, "metrics")
    (endpoint,) = objects["ServiceMonitor"]["spec"]["endpoints"]
    assert (endpoint["port"], endpoint["path"]) == (service_port["name"], "/metrics")


def test_k8s_has_every_object_and_kustomize_lists_them() -> None:
    objects = _k8s()
    assert set(objects) == {
        "ConfigMap",
        "Deployment",
        "Service",
        "PodDisruptionBudget",
        "ServiceMonitor",
        "ScaledObject",
        "Kustomization",
    }
    listed = set(objects["Kustomization"]["resources"])
    on_disk = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == on_disk


def test_k8s_selectors_reach_the_pods() -> None:
    objects = _k8s()
    deployment = objects["Deployment"]
    assert deployment["spec"]["template"]["metadata"]["labels"] == POD_LABELS
    assert deployment["spec"]["selector"]["matchLabels"] == POD_LABELS
    assert objects["Service"]["spec"]["selector"] == POD_LABELS
    assert objects["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"] == POD_LABELS
    assert (
        objects["ServiceMonitor"]["spec"]["selector"]["matchLabels"]
        == (objects["Service"]["metadata"]["labels"])
    )
    name = deployment["metadata"]["name"]
    assert objects["ScaledObject"]["spec"]["scaleTargetRef"]["name"] == name
    (env_from,) = _container()["envFrom"]
    assert env_from["configMapRef"]["name"] == objects["ConfigMap"]["metadata"]["name"]


def test_probes_ask_the_health_endpoints() -> None:
    container = _container()
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"


def test_pods_run_unprivileged_with_resources() -> None:
    pod = _k8s()["Deployment"]["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    container = _container()
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][kind])


def _duration_seconds(duration: str) -> float:
    """Seconds of a compose / Prometheus duration such as `30s` or `10m`."""
    match = re.fullmatch(r"(\d+)([sm])", duration)
    assert match, duration
    return float(match.group(1)) * (60 if match.group(2) == "m" else 1)


def test_shutdown_grace_exceeds_the_drain_deadline() -> None:
    objects = _k8s()
    k8s_deadline = float(objects["ConfigMap"]["data"]["BULLETINS_DRAIN_DEADLINE_S"])
    grace = objects["Deployment"]["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace > k8s_deadline + 5  # room for the process to start and leave the group
    enricher = _compose()["enricher"]
    compose_deadline = float(enricher["environment"]["BULLETINS_DRAIN_DEADLINE_S"])
    assert _duration_seconds(enricher["stop_grace_period"]) > compose_deadline + 5


def test_keda_scales_on_lag_up_to_one_replica_per_partition() -> None:
    scaled = _k8s()["ScaledObject"]["spec"]
    assert scaled["maxReplicaCount"] == PARTITIONS
    assert scaled["minReplicaCount"] >= 1
    (trigger,) = scaled["triggers"]
    assert trigger["type"] == "prometheus"
    assert "bulletins_consumer_lag_records" in trigger["metadata"]["query"]
    assert float(trigger["metadata"]["threshold"]) > 0


def test_alerts_carry_what_an_on_call_needs() -> None:
    (group,) = _yaml("prometheus/rules.yml")["groups"]
    alerts = {rule["alert"]: rule for rule in group["rules"]}
    assert set(alerts) == {
        "BulletinsConsumerLagGrowing",
        "BulletinsConsumerLagSecondsHigh",
        "BulletinsDeadLetterRatioHigh",
        "BulletinsNoThroughput",
        "BulletinsInstanceDown",
    }
    for name, rule in alerts.items():
        assert _duration_seconds(rule["for"]) > 0, name
        assert rule["labels"]["severity"] in {"warning", "critical"}, name
        assert {"summary", "description", "runbook"} <= set(rule["annotations"]), name
    tested = (DEPLOY / "prometheus" / "rules.test.yml").read_text(encoding="utf-8")
    for name in alerts:
        assert f"alertname: {name}" in tested, f"{name} has no promtool test"


def test_dashboard_shows_the_operating_signals() -> None:
    dashboard = json.loads(
        (DEPLOY / "grafana" / "dashboards" / "bulletin-enricher.json").read_text(encoding="utf-8")
    )
    (datasource,) = _yaml("grafana/provisioning/datasources/prometheus.yaml")["datasources"]
    exprs = []
    for panel in dashboard["panels"]:
        assert panel["datasource"]["uid"] == datasource["uid"], panel["title"]
        exprs.extend(target["expr"] for target in panel["targets"])
    joined = "\n".join(exprs)
    for needle in (
        "sum by (outcome) (rate(bulletins_published_total",
        "max by (topic, partition) (bulletins_consumer_lag_records",
        "max by (topic, partition) (bulletins_consumer_lag_seconds",
        "histogram_quantile(0.5, sum by (le) (rate(bulletins_end_to_end_latency_seconds_bucket",
        "histogram_quantile(0.99, sum by (le) (rate(bulletins_end_to_end_latency_seconds_bucket",
        "sum by (code) (rate(bulletins_dead_letters_total",
        "bulletins_rebalances_total",
        "bulletins_assigned_partitions",
        "max by (topic, partition) (bulletins_dedup_index_bodies",
    ):
        assert needle in joined, needle
    provider = _yaml("grafana/provisioning/dashboards/bulletin-enricher.yaml")["providers"][0]
    mounts = _compose()["grafana"]["volumes"]
    assert f"./grafana/dashboards:{provider['options']['path']}:ro" in mounts


def test_dockerfile_is_multi_stage_slim_and_unprivileged() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    stages = re.findall(r"^FROM (\S+)", text, flags=re.MULTILINE)
    assert stages == ["python:3.11-slim", "python:3.11-slim"]
    (user,) = re.findall(r"^USER (\S+)", text, flags=re.MULTILINE)
    assert not user.startswith(("0", "root"))
    healthcheck = text[text.index("HEALTHCHECK") :]
    assert '"python", "-c"' in healthcheck and "/healthz" in healthcheck
    assert "curl" not in healthcheck.split("\n", 3)[1]
    assert 'ENTRYPOINT ["bulletins"]' in text and 'CMD ["run"]' in text
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv", "tests"} <= set(ignored)


def _env_names_used() -> set[str]:
    names: set[str] = set()
    for path in [*_deploy_files(), ROOT / "Dockerfile"]:
        names.update(ENV_NAME.findall(path.read_text(encoding="utf-8")))
    return names


def test_deploy_env_names_are_settings_of_the_service() -> None:
    prefix = Settings.model_config.get("env_prefix", "")
    known = {f"{prefix}{name}".upper() for name in Settings.model_fields}
    used = _env_names_used()
    assert "BULLETINS_KAFKA_BOOTSTRAP_SERVERS" in used
    assert used <= known, f"not settings of the service: {sorted(used - known)}"
