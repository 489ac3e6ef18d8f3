package org.aitimeline.data.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One organization per real organization: Epoch AI's name variants ("Facebook AI Research", "Meta AI") mapped to
 * one id, the same id the articles' dataset uses where it names the organization too, so both layers share a lane.
 * Names not listed here keep their own name and get an id made from it.
 */
final class Organizations {

    /** An organization's id and the name it is shown by. */
    record Known(String id, String name) {
    }

    private record Entry(String id, String name, String country, List<String> variants) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("meta", "Meta", "US", List.of("Meta AI", "Facebook AI Research", "Facebook", "Facebook AI",
                    "Meta", "FAIR", "Meta Platforms")),
            new Entry("google", "Google", "US", List.of("Google", "Google Brain", "Google Research", "Google AI")),
            new Entry("google-deepmind", "Google DeepMind", "GB", List.of("Google DeepMind", "DeepMind")),
            new Entry("microsoft", "Microsoft", "US", List.of("Microsoft", "Microsoft Research", "Microsoft Research Asia",
                    "Microsoft Research AI")),
            new Entry("openai", "OpenAI", "US", List.of("OpenAI")),
            new Entry("alibaba", "Alibaba", "CN", List.of("Alibaba", "Alibaba Cloud", "Alibaba Group", "Qwen Team",
                    "Alibaba DAMO Academy", "DAMO Academy")),
            new Entry("deepseek", "DeepSeek", "CN", List.of("DeepSeek")),
            new Entry("bytedance", "ByteDance", "CN", List.of("ByteDance", "Bytedance")),
            new Entry("baidu", "Baidu", "CN", List.of("Baidu", "Baidu Research")),
            new Entry("zhipu", "Zhipu AI", "CN", List.of("Zhipu AI")),
            new Entry("tsinghua", "Tsinghua University", "CN", List.of("Tsinghua University")),
            new Entry("stanford", "Stanford University", "US", List.of("Stanford University")),
            new Entry("huggingface", "Hugging Face", "US", List.of("Hugging Face", "HuggingFace")),
            new Entry("nvidia", "NVIDIA", "US", List.of("NVIDIA", "Nvidia")),
            new Entry("baai", "Beijing Academy of Artificial Intelligence", "CN",
                    List.of("Beijing Academy of Artificial Intelligence / BAAI", "Beijing Academy of Artificial Intelligence", "BAAI")),
            new Entry("hku", "University of Hong Kong", "HK", List.of("University of Hong Kong", "The University of Hong Kong")),
            new Entry("xai", "xAI", "US", List.of("xAI")),
            new Entry("moonshot", "Moonshot AI", "CN", List.of("Moonshot AI", "Moonshot")),
            new Entry("minimax", "MiniMax", "CN", List.of("MiniMax", "Minimax")),
            new Entry("stepfun", "StepFun", "CN", List.of("StepFun", "Stepfun")),
            new Entry("intel", "Intel", "US", List.of("Intel", "Intel Labs")),
            new Entry("amd", "AMD", "US", List.of("AMD")),
            new Entry("salesforce", "Salesforce", "US", List.of("Salesforce", "Salesforce Research")),
            new Entry("tencent", "Tencent", "CN", List.of("Tencent", "Tencent AI Lab")),
            new Entry("amazon", "Amazon", "US", List.of("Amazon", "Amazon Web Services", "AWS")),
            new Entry("ibm", "IBM", "US", List.of("IBM", "IBM Research")),
            new Entry("mistral", "Mistral AI", "FR", List.of("Mistral AI", "Mistral")),
            new Entry("anthropic", "Anthropic", "US", List.of("Anthropic")));

    private static final Map<String, Entry> BY_NAME = new HashMap<>();
    private static final Map<String, Entry> BY_ID = new HashMap<>();

    static {
        for (Entry e : ENTRIES) {
            BY_ID.put(e.id(), e);
            for (String v : e.variants()) BY_NAME.put(v.toLowerCase(Locale.ROOT), e);
        }
    }

    private Organizations() {
    }

    /** The organization a name given by Epoch stands for. */
    static Known of(String name) {
        Entry e = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return e == null ? new Known(EpochCsv.slug(name), name) : new Known(e.id(), e.name());
    }

    /** The country of a listed organization (its headquarters), or null for one known only from the CSV. */
    static String country(String id) {
        Entry e = BY_ID.get(id);
        return e == null ? null : e.country();
    }

    /** The listed name variants of an organization other than its shown name (searchable aliases). */
    static List<String> aliases(String id) {
        Entry e = BY_ID.get(id);
        if (e == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String v : e.variants()) if (!v.equals(e.name())) out.add(v);
        return out;
    }
}
