# syntax=docker/dockerfile:1
# Naast as a container image. This file is also the list of steps that `scripts/image` performs
# as plain commands on a machine without a container engine (same user, same layout, same
# environment, same start command), so the two cannot drift. The rules that make that work:
# - every RUN writes below `${ROOT}` (empty in a container; a scratch root for `scripts/image`);
# - every absolute path in ENV starts with `${ROOT}`;
# - the start command and the health check find the binary on PATH.
# Only FROM, ARG, ENV, WORKDIR, COPY, RUN, USER, VOLUME, EXPOSE, HEALTHCHECK and CMD are used.

# ---- build: the binary and the de-identifier's word lists ----
FROM rust:1.95-bookworm AS build
ARG ROOT=
ARG CARGO_TARGET_DIR=${ROOT}/src/target
# `dev` only to try the steps quickly against an existing debug build; images use release.
ARG CARGO_PROFILE=release
WORKDIR /src
COPY . .
RUN cargo build --profile "$CARGO_PROFILE" --locked -p naast \
 && install -D -m 0755 "$CARGO_TARGET_DIR/$([ "$CARGO_PROFILE" = dev ] && echo debug || echo "$CARGO_PROFILE")/naast" "${ROOT}/out/naast"
# Word lists from the PyPI package deduce 3.0.6 (LGPL-3.0), fetched at build time, never in the repo.
RUN python3 -m pip --version >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-pip) \
 && NAAST_BIN="${ROOT}/out/naast" scripts/deid-lists "${ROOT}/out/deid-lists.fst"

# ---- runtime: Debian slim, a non-root user, only the data volume writable ----
FROM debian:bookworm-slim
ARG ROOT=
# A fixed id (10001), so that a secret file mounted from the host can be given to this user.
RUN (getent group naast >/dev/null || groupadd --system --gid 10001 naast) \
 && (getent passwd naast >/dev/null || useradd --system --uid 10001 --gid naast --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin naast) \
 && install -d -m 0700 -o naast -g naast "${ROOT}/var/lib/naast"
COPY --from=build /out/naast /usr/local/bin/naast
COPY --from=build /out/deid-lists.fst /usr/share/naast/deid-lists.fst
ENV PATH=${ROOT}/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    NAAST_DATA_DIR=${ROOT}/var/lib/naast \
    NAAST_DEID_LISTS=${ROOT}/usr/share/naast/deid-lists.fst \
    NAAST_ADDR=0.0.0.0:8080
VOLUME /var/lib/naast
USER naast
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${NAAST_ADDR##*:} && printf 'GET /readyz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
CMD ["naast", "serve"]
