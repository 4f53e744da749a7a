// SPDX-License-Identifier: GPL-3.0-or-later
#include "areaclassifier.h"

#include "charclass.h"
#include "storage/textnormalizer.h"

#include <QHash>
#include <QVector>

#include <algorithm>
#include <array>
#include <vector>

namespace Masar {

namespace {

using Area = CompetencyArea;

/**
 * Keywords of one area, separated by '|', spelt as TextNormalizer leaves them (case and Arabic
 * variants do not matter here; they are normalised when the table is built). English nouns are
 * written in the singular: a plural in a title also matches ("networks" → "network"). Arabic
 * words are written without the article or a prefix: "الشبكات" matches "شبكات".
 */
struct KeywordGroup
{
    Area area;
    const char16_t *words;
    bool weak = false; ///< general words that support an area but cannot decide it alone
};

// clang-format off
const KeywordGroup kKeywords[] = {
    {Area::Mathematics,
     u"mathematics|math|maths|mathematical|algebra|linear algebra|calculus|multivariate calculus|"
     u"differential calculus|probability|conditional probability|statistics|statistical|"
     u"descriptive statistics|inferential statistics|statistical inference|bayesian inference|"
     u"hypothesis testing|standard deviation|trigonometry|geometry|derivative|partial derivative|"
     u"integral|matrix|matrices|vector|eigenvalue|eigenvector|game theory|nash equilibrium|"
     u"information theory|discrete mathematics|convex optimization|numerical methods|bayes|"
     u"bayes theorem|bayesian|"
     u"رياضيات|جبر|جبر خطي|تفاضل|تكامل|حساب تفاضل|احتمال|احتمالات|إحصاء|إحصائي|إحصائية|"
     u"مثلثات|هندسة تحليلية|مصفوفة|مصفوفات|متجهات|مشتقات|نظرية ألعاب|نظرية احتمالات"},
    {Area::Programming,
     u"programming|programmer|coding|python|c++|c#|java|javascript|typescript|golang|rust|"
     u"kotlin|html|css|oop|object oriented programming|object oriented|data structure|algorithm|"
     u"problem solving|recursion|shell scripting|python basics|competitive programming|"
     u"برمجة|مبرمج|بايثون|جافا|خوارزمية|خوارزميات|هياكل بيانات|هيكل بيانات|هياكل البيانات|"
     u"برمجة كائنية|كائنية التوجه|برمجة شيئية|حل مشكلات|حل المشكلات"},
    {Area::Data,
     u"data|sql|nosql|mysql|postgresql|postgres|sqlite|mongodb|pandas|numpy|matplotlib|seaborn|"
     u"plotly|etl|elt|spark|pyspark|hadoop|kafka|airflow|data engineering|data engineer|"
     u"data science|data scientist|data analysis|data analytics|data analyst|data cleaning|"
     u"data visualization|data visualisation|visualization|visualisation|data preprocessing|"
     u"preprocessing|data wrangling|data manipulation|data processing|data transformation|"
     u"data validation|data pipeline|data collection|web scraping|feature engineering|"
     u"feature selection|feature extraction|big data|database|data warehouse|data lake|"
     u"exploratory data analysis|eda|missing value|tableau|power bi|excel|one hot|tf idf|"
     u"label encoding|categorical data|distributed computing|"
     u"بيانات|علم بيانات|تحليل بيانات|هندسة بيانات|قواعد بيانات|قاعدة بيانات|معالجة بيانات|"
     u"بيانات ضخمة|تنظيف بيانات|تصور بيانات|تصوير بيانات|تحليل استكشافي|هندسة خصائص|"
     u"هندسة ميزات|اختيار خصائص|اختيار ميزات"},
    {Area::Data, u"dataset", true},
    {Area::MachineLearning,
     u"machine learning|ml|scikit learn|sklearn|regression|classification|classifier|"
     u"clustering|supervised learning|unsupervised learning|semi supervised learning|"
     u"reinforcement learning|decision tree|random forest|logistic regression|"
     u"linear regression|gradient boosting|xgboost|lightgbm|catboost|svm|"
     u"support vector machine|k means|knn|nearest neighbor|naive bayes|cross validation|"
     u"grid search|gridsearchcv|hyperparameter|hyperparameter tuning|model evaluation|"
     u"evaluation metric|pca|dimensionality reduction|dimensionality|overfitting|underfitting|"
     u"bias variance|ensemble learning|boosting|bagging|feature importance|meta learning|"
     u"recommendation system|recommender system|anomaly detection|time series|"
     u"pattern recognition|statistical learning|"
     u"تعلم آلة|تعلم آلي|تعلم الآلة|خاضع للإشراف|خاضع إشراف|تعلم معزز|تعلم تعزيزي|انحدار|"
     u"انحدار خطي|انحدار لوجستي|تصنيف|عنقدة|شجرة قرار|أشجار قرار|غابة عشوائية|تقييم نماذج|"
     u"معاملات فائقة|تقليل أبعاد"},
    {Area::MachineLearning, u"ai|artificial intelligence|ذكاء اصطناعي", true},
    {Area::DeepLearning,
     u"deep learning|deeplearning|neural network|neural net|convolutional neural network|"
     u"recurrent neural network|graph neural network|cnn|rnn|lstm|gru|gnn|gan|"
     u"generative adversarial network|convolution|convolutional|pytorch|tensorflow|keras|jax|"
     u"transfer learning|backpropagation|back propagation|backprop|perceptron|"
     u"activation function|autoencoder|dropout|batch normalization|layer normalization|"
     u"computer vision|image classification|object detection|image segmentation|"
     u"image processing|nlp|natural language processing|fast ai|fastai|resnet|vgg|"
     u"vanishing gradient|exploding gradient|residual connection|neural architecture|"
     u"model architecture|relu|word embedding|"
     u"تعلم عميق|شبكة عصبية|شبكات عصبية|عصبية|التفافية|رؤية حاسوبية|رؤية حاسوب|"
     u"معالجة لغات طبيعية|معالجة لغة طبيعية|تعلم نقل|نقل تعلم"},
    {Area::MLOps,
     u"mlops|ml ops|devops|docker|container|containerization|kubernetes|k8s|deployment|deploy|"
     u"deploying|model deployment|model serving|ci cd|continuous integration|"
     u"continuous deployment|continuous delivery|monitoring|model monitoring|mlflow|kubeflow|"
     u"dvc|onnx|tvm|sagemaker|aws|azure|gcp|google cloud|cloud|cloud computing|production|"
     u"experiment tracking|ml pipeline|machine learning pipeline|model serialization|"
     u"serialization|feature store|model registry|inference|ml system|machine learning system|"
     u"machine learning engineering|ml engineering|"
     u"نشر|نشر نماذج|عمليات تعلم آلة|مراقبة|إنتاج|دوكر|حاويات|كوبرنيتس|حوسبة سحابية|سحابة|"
     u"تكامل مستمر|نشر مستمر|تتبع تجارب"},
    {Area::MLOps, u"pipeline|serving", true},
    {Area::LLMs,
     u"llm|large language model|language model|transformer|gpt|chatgpt|prompt|prompting|"
     u"prompt engineering|rag|retrieval augmented generation|langchain|llamaindex|hugging face|"
     u"huggingface|fine tuning|finetuning|generative|generative ai|genai|chatbot|embedding|"
     u"vector database|vector store|llama|claude|gemini|mistral|bert|diffusion model|"
     u"stable diffusion|openai|ai agent|agentic|foundation model|"
     u"نماذج لغوية|نموذج لغوي|نماذج لغوية كبيرة|نموذج لغوي كبير|ذكاء اصطناعي توليدي|توليدي|"
     u"توليدية|هندسة أوامر|هندسة موجهات|محولات|روبوت محادثة|روبوتات محادثة|"
     u"توليد معزز بالاسترجاع|ضبط دقيق"},
    {Area::SoftwareEngineering,
     u"software engineering|software engineer|software development|git|github|gitlab|"
     u"version control|testing|unit test|unit testing|test driven development|tdd|"
     u"system design|software architecture|system architecture|design pattern|clean code|"
     u"refactoring|debugging|code review|agile|scrum|linux|command line|bash|api|rest api|"
     u"microservice|computer science|security|flask|fastapi|fast api|django|web development|"
     u"scalability pattern|object oriented design|"
     u"هندسة برمجيات|تصميم أنظمة|تصميم نظم|تحكم في إصدارات|تحكم إصدارات|إدارة إصدارات|"
     u"اختبار برمجيات|اختبار وحدات|معمارية برمجيات|بنية برمجيات|واجهة برمجة تطبيقات|"
     u"واجهات برمجة تطبيقات|علوم حاسوب|علوم حاسب|علوم كمبيوتر|أمن معلومات"},
    {Area::SoftwareEngineering, u"architecture|software", true},
    {Area::Professional,
     u"communication|leadership|collaboration|teamwork|team work|portfolio|interview|"
     u"soft skill|career|resume|public speaking|presentation|presentation skill|"
     u"time management|mentoring|mentorship|ethics|ethical|responsible ai|certification|"
     u"linkedin|personal branding|job search|freelancing|negotiation|critical thinking|"
     u"project management|community|storytelling|"
     u"تواصل|مهارات تواصل|اتصال فعال|قيادة|عمل جماعي|تعاون|مقابلة|مقابلات|مقابلات عمل|"
     u"مهارات شخصية|مهارات ناعمة|سيرة ذاتية|معرض أعمال|ملف أعمال|تطوير مهني|أخلاقيات|"
     u"مجتمع|مجتمعات|شهادات|شهادة مهنية|إدارة وقت|عرض تقديمي|مسار مهني|إدارة مشاريع"},
};
// clang-format on

/// Words that start the purpose of "X for Y": what follows counts less than what precedes.
bool isPurposeWord(QStringView word)
{
    static const QStringView kWords[] = {u"for", u"with", u"using",   u"في",
                                         u"ل",   u"مع",   u"باستخدام"};
    return std::any_of(std::begin(kWords), std::end(kWords),
                       [word](QStringView w) { return word == w; });
}

bool isArabicLetter(QChar ch)
{
    return ch.unicode() >= 0x0600 && ch.unicode() <= 0x06FF;
}

/// A word of the normalised text and where it lies in it.
struct Token
{
    QStringView word;
    int begin = 0;
    int end = 0;
};

/**
 * Splits normalised text into words: runs of letters, digits and marks. A "+" or "#" run right
 * after a single letter belongs to it (c++, c#); all other punctuation separates words, so
 * "scikit-learn" is the phrase "scikit learn" and "CI/CD" is "ci cd". The words are views into
 * `text`, which must outlive them.
 */
void tokenize(const QString &text, std::vector<Token> &tokens)
{
    tokens.clear();
    const auto wordChar = [](QChar ch) { return CharClass::isLetterNumberOrMark(ch); };
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        if (!wordChar(text.at(i))) {
            ++i;
            continue;
        }
        const int begin = i;
        while (i < size && wordChar(text.at(i)))
            ++i;
        if (i - begin == 1) {
            while (i < size && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('#')))
                ++i;
        }
        tokens.push_back({QStringView(text).mid(begin, i - begin), begin, i});
    }
}

/**
 * A form a word of the text may take in the keyword table: a part of the word, followed by a
 * "y" when `plusY` ("probabilities" → "probabilit" + "y").
 */
struct Form
{
    QStringView word;
    bool plusY = false;
    bool afterLam = false; ///< a leading ل ("for") was removed to reach it

    bool operator==(QStringView other) const
    {
        if (!plusY)
            return word == other;
        return other.size() == word.size() + 1 && other.back() == u'y' &&
               other.left(word.size()) == word;
    }
};

/// A string hash the index and the lookups share, so that a form needs no string of its own.
class Hash
{
public:
    void add(QStringView text)
    {
        for (const QChar ch : text)
            add(ch.unicode());
    }
    void add(char16_t u)
    {
        m_value ^= u;
        m_value *= 16777619u;
    }
    quint32 value() const { return m_value; }

private:
    quint32 m_value = 2166136261u;
};

quint32 hashOf(const Form &form)
{
    Hash hash;
    hash.add(form.word);
    if (form.plusY)
        hash.add(u'y');
    return hash.value();
}

/**
 * Appends the forms to look a word up under: the word itself; for English a singular
 * ("networks", "probabilities"); for Arabic the word without و ("and"), then without the
 * article ال, the prefixes ب and ل, or لل (ل + ال). Each step keeps at least two letters.
 */
void addFormsOf(QStringView word, std::vector<Form> &forms)
{
    forms.push_back({word});
    if (word.isEmpty())
        return;
    if (!isArabicLetter(word.at(0))) {
        if (word.size() > 4 && word.endsWith(u"ies"))
            forms.push_back({word.chopped(3), true});
        else if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(u"ss"))
            forms.push_back({word.chopped(1)});
        return;
    }
    QStringView rest = word;
    if (rest.startsWith(u'و') && rest.size() >= 4) {
        rest = rest.mid(1);
        forms.push_back({rest});
    }
    const auto strip = [&](QStringView prefix, bool lam) {
        if (rest.startsWith(prefix) && rest.size() - prefix.size() >= 2) {
            forms.push_back({rest.mid(prefix.size()), false, lam});
            return true;
        }
        return false;
    };
    if (strip(u"لل", true) || strip(u"بال", false) || strip(u"كال", false) ||
        strip(u"فال", false) || strip(u"ال", false))
        return;
    if (!strip(u"ل", true))
        strip(u"ب", false);
}

/// Phrases weigh more than single words: a longer phrase names its subject more precisely.
int weightOf(bool weak, int words)
{
    if (weak)
        return 1;
    return words == 1 ? 2 : words == 2 ? 3 : 4;
}

struct Keyword
{
    Area area;
    QStringList words;
    int weight;
};

/// The keyword table, normalised and indexed by first word (longest phrases first).
class KeywordIndex
{
public:
    KeywordIndex()
    {
        std::vector<Token> tokens;
        for (const KeywordGroup &group : kKeywords) {
            const QStringList phrases = QString::fromUtf16(group.words).split(QLatin1Char('|'));
            for (const QString &phrase : phrases) {
                const QString normalized = TextNormalizer::normalize(phrase);
                tokenize(normalized, tokens);
                QStringList words;
                for (const Token &token : tokens)
                    words.append(token.word.toString());
                if (words.isEmpty())
                    continue;
                const int weight = weightOf(group.weak, int(words.size()));
                m_byFirstWord[hashOf({words.first()})].append(int(m_keywords.size()));
                m_keywords.append({group.area, words, weight});
            }
        }
        for (QVector<int> &list : m_byFirstWord) {
            std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
                return m_keywords.at(a).words.size() > m_keywords.at(b).words.size();
            });
        }
    }

    /// Keywords whose first word may be `form` (same hash: the caller compares the words).
    const QVector<int> &startingWith(const Form &form) const
    {
        const auto it = m_byFirstWord.constFind(hashOf(form));
        return it == m_byFirstWord.cend() ? m_none : *it;
    }
    const Keyword &at(int index) const { return m_keywords.at(index); }

private:
    QVector<Keyword> m_keywords;
    QHash<quint32, QVector<int>> m_byFirstWord;
    QVector<int> m_none;
};

const KeywordIndex &keywordIndex()
{
    static const KeywordIndex index;
    return index;
}

/// One keyword found in the text.
struct Match
{
    const Keyword *keyword = nullptr;
    bool inPurpose = false; ///< after "for", "في" …
    int begin = 0;          ///< span in the original text (in the normalised text without origins)
    int end = 0;
};

/**
 * The keywords in `text`, longest first at each word. With `origin`, the spans are positions
 * in `text`; without, they are left in the normalised text (classify() needs no spans).
 */
void findMatches(const QString &text, bool withSpans, std::vector<Match> &matches)
{
    matches.clear();
    std::vector<int> origin;
    // Called for every node an import reads: the scratch space is kept between calls.
    thread_local QString folded;
    QString spanned;
    if (withSpans)
        spanned = TextNormalizer::normalize(text, origin);
    else
        TextNormalizer::normalize(text, folded);
    const QString &normalized = withSpans ? spanned : folded;
    thread_local std::vector<Token> tokens;
    thread_local std::vector<Form> forms;
    thread_local std::vector<int> firstForm; // token → its first form; one past the end last
    tokenize(normalized, tokens);
    forms.clear();
    firstForm.clear();
    for (const Token &token : tokens) {
        firstForm.push_back(int(forms.size()));
        addFormsOf(token.word, forms);
    }
    firstForm.push_back(int(forms.size()));
    const auto hasForm = [&](int token, const QString &word) {
        for (int f = firstForm[size_t(token)]; f < firstForm[size_t(token) + 1]; ++f) {
            if (forms[size_t(f)] == word)
                return true;
        }
        return false;
    };

    const KeywordIndex &index = keywordIndex();
    bool inPurpose = false;
    const int count = int(tokens.size());
    int i = 0;
    while (i < count) {
        if (!inPurpose && isPurposeWord(tokens[size_t(i)].word)) {
            inPurpose = true;
            ++i;
            continue;
        }
        const Keyword *best = nullptr;
        bool bestAfterLam = false;
        for (int f = firstForm[size_t(i)]; f < firstForm[size_t(i) + 1]; ++f) {
            const Form &form = forms[size_t(f)];
            for (int candidate : index.startingWith(form)) {
                const Keyword &keyword = index.at(candidate);
                const int length = int(keyword.words.size());
                if (i + length > count || !(form == keyword.words.first()))
                    continue;
                if (best && (length < best->words.size() ||
                             (length == best->words.size() && keyword.weight <= best->weight)))
                    continue;
                bool all = true;
                for (int k = 1; k < length && all; ++k)
                    all = hasForm(i + k, keyword.words.at(k));
                if (all) {
                    best = &keyword;
                    bestAfterLam = form.afterLam;
                }
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        // "الرياضيات لتعلم الآلة": the ل fused to the word means "for".
        if (bestAfterLam && i > 0)
            inPurpose = true;
        const int last = i + int(best->words.size()) - 1;
        const int begin = tokens[size_t(i)].begin;
        const int end = tokens[size_t(last)].end;
        if (withSpans)
            matches.push_back({best, inPurpose, origin.at(begin), origin.at(end - 1) + 1});
        else
            matches.push_back({best, inPurpose, begin, end});
        i = last + 1;
    }
}

constexpr int kAreaCount = int(Area::Professional) + 1;

/// Scores per area: subject words count three times, purpose words once; a title that is all
/// purpose ("For beginners: …" has no subject) counts its purpose as the subject.
std::array<int, kAreaCount> scoresOf(const std::vector<Match> &matches)
{
    const bool hasSubject =
        std::any_of(matches.cbegin(), matches.cend(), [](const Match &m) { return !m.inPurpose; });
    std::array<int, kAreaCount> scores{};
    for (const Match &match : matches) {
        const int factor = match.inPurpose && hasSubject ? 1 : 3;
        scores[size_t(match.keyword->area)] += factor * match.keyword->weight;
    }
    return scores;
}

/// The score of one ordinary word in the subject: less is too weak to decide.
constexpr int kDecidingScore = 3 * 2;

} // namespace

CompetencyArea AreaClassifier::classify(const QString &text)
{
    thread_local std::vector<Match> matches; // asked for every node an import reads
    findMatches(text, false, matches);
    const std::array<int, kAreaCount> scores = scoresOf(matches);
    int best = 0;
    int second = 0;
    Area bestArea = Area::Unassigned;
    for (int a = 0; a < kAreaCount; ++a) {
        if (scores[size_t(a)] > best) {
            second = best;
            best = scores[size_t(a)];
            bestArea = Area(a);
        } else if (scores[size_t(a)] > second) {
            second = scores[size_t(a)];
        }
    }
    if (best < kDecidingScore || best == second)
        return Area::Unassigned;
    return bestArea;
}

QList<QPair<CompetencyArea, QStringList>> AreaClassifier::evidence(const QString &text)
{
    std::vector<Match> matches;
    findMatches(text, true, matches);
    const std::array<int, kAreaCount> scores = scoresOf(matches);
    QList<QPair<CompetencyArea, QStringList>> result;
    for (int a = 0; a < kAreaCount; ++a) {
        if (scores[size_t(a)] == 0)
            continue;
        QStringList words;
        for (const Match &match : matches) {
            if (match.keyword->area != Area(a))
                continue;
            const QString quoted = text.mid(match.begin, match.end - match.begin);
            if (!words.contains(quoted))
                words.append(quoted);
        }
        result.append({Area(a), words});
    }
    std::stable_sort(result.begin(), result.end(), [&scores](const auto &x, const auto &y) {
        return scores[size_t(x.first)] > scores[size_t(y.first)];
    });
    return result;
}

QString AreaClassifier::contentLanguage(const QString &text)
{
    int arabic = 0;
    int other = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80) { // ASCII: Latin letters or no letter at all
            if ((u | 0x20) >= u'a' && (u | 0x20) <= u'z')
                ++other;
            continue;
        }
        if (CharClass::isArabicLetter(ch))
            ++arabic;
        else if (CharClass::isLetter(ch))
            ++other;
    }
    return arabic > other ? QStringLiteral("ar") : QStringLiteral("en");
}

} // namespace Masar
