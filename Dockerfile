# costlint on Debian 12, from the same Debian packages as scripts/install-deps.
#   docker build -t costlint .
#   docker run --rm -v "$PWD:/work" -w /work costlint check .
# The GitHub Action uses it with `runtime: docker`.
FROM debian:12-slim
COPY . /opt/costlint
RUN /opt/costlint/scripts/install-deps --build \
 && cmake -S /opt/costlint -B /build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
 && cmake --build /build --target costlint -j "$(nproc)" \
 && install -m 755 /build/costlint /usr/local/bin/costlint \
 && rm -rf /build /var/lib/apt/lists/*
ENTRYPOINT ["costlint"]
