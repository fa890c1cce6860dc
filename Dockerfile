# Build: docker build -t crosscheck .
# Run:   docker run -p 8080:8080 -v crosscheck-data:/app/data crosscheck
#        (add -e SPRING_PROFILES_ACTIVE=demo for the demo project, or the SPRING_DATASOURCE_* variables for PostgreSQL)
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY frontend frontend
COPY fixtures fixtures
RUN mvn -B -ntp -Pproduction package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --home /app crosscheck && mkdir -p /app/data && chown crosscheck /app/data
COPY --from=build /src/target/crosscheck-*.jar /tmp/crosscheck.jar
# The jar unpacked (classes load faster from plain jars than from jars nested in a jar) and the JDK's AOT cache
# (JEP 483/514) trained on one start of it, with this image's JDK and the same flags as the entry point: the
# start takes about half as long (docs/performance.md, "Performance: start-up"). The training run starts the application
# on a throwaway database and stops once it has started.
RUN java -Djarmode=tools -jar /tmp/crosscheck.jar extract --destination /app/jar \
 && rm /tmp/crosscheck.jar \
 && CROSSCHECK_DATA_DIR=/tmp/training CROSSCHECK_ADMIN_PASSWORD=training-only \
    java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:AOTCacheOutput=/app/jar/crosscheck.aot -Dspring.context.exit=onRefresh \
         -jar /app/jar/crosscheck.jar --server.port=0 --management.server.port=0 \
 && rm -rf /tmp/training
USER crosscheck
# 8081: health (liveness, readiness) for the orchestrator; not to be published to users
EXPOSE 8080 8081
VOLUME /app/data
# A JVM out of memory stops instead of limping on (the orchestrator restarts it; the database keeps
# what was committed).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=/app/jar/crosscheck.aot", "-jar", "/app/jar/crosscheck.jar"]
