# The product's image: the jar built by "./mvnw -DskipTests package" (target/directive-tracker.jar) on
# Eclipse Temurin's Java 17 runtime, run by a user without privileges. Every setting comes from the
# environment (.env.example; README, "Vận hành / Production"); nothing secret is in the image.
FROM eclipse-temurin:17-jre-jammy

# curl for the health check; a system user and group of their own, without a login shell.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 tracker \
    && useradd --system --uid 10001 --gid tracker --home-dir /app --shell /usr/sbin/nologin tracker

WORKDIR /app
COPY target/directive-tracker.jar /app/directive-tracker.jar

ENV TZ=Asia/Ho_Chi_Minh \
    SPRING_PROFILES_ACTIVE=postgres \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"

USER 10001:10001
EXPOSE 8080

# Ready when the engine, the schema and the database answer (a first start migrates for a minute or two).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=4 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1

ENTRYPOINT ["java", "-jar", "/app/directive-tracker.jar"]
